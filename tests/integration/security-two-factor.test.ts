import { beforeAll, describe, expect, test } from "vitest";
import { authorizeCredentials } from "@/lib/auth/options";
import { currentTotpCode } from "@/lib/auth/second-factor/totp";
import { findSessionState } from "@/lib/auth/session-store";
import { db } from "@/lib/db/client";
import { getSecurityPolicy, setSecurityPolicy } from "@/lib/security/policy";
import { verifySecondStepCode } from "@/lib/security/second-step";
import { confirmTotpSetup, getTwoFactorOverview, removeTotp, startPasskeyRegistration, startTotpSetup } from "@/lib/security/two-factor";
import { asActor } from "../factories/booking-spa";
import { createLocation } from "../factories/spa";
import { createUser, type CreatedUser } from "../factories/users";
import { freshIp, readSession, signInAs } from "../support/auth";

const STEP_MS = 30_000;
const context = { userAgent: "vitest", trustedCookie: undefined };

/** A staff member with a confirmed authenticator app; returns its secret and the recovery codes. */
async function withTotp(created: CreatedUser) {
  const session = await signInAs(created);
  const { secret } = await startTotpSetup(session);
  const { recoveryCodes } = await confirmTotpSetup(session, { code: await currentTotpCode(secret, new Date()) });
  return { secret, recoveryCodes: recoveryCodes! };
}

/** The code of the next time step: valid (one step of drift) and never the one just used. */
const nextCode = (secret: string) => currentTotpCode(secret, new Date(Date.now() + STEP_MS));

async function requireTwoFactor(on: boolean) {
  const admin = await createUser({ role: "ADMIN" });
  await setSecurityPolicy(asActor(admin.user), { requireStaffTwoFactor: on });
}

beforeAll(async () => {
  await createLocation();
});

describe("setting up an authenticator app", () => {
  test("the secret is stored encrypted; a code from the app turns it on and brings ten recovery codes", async () => {
    const created = await createUser({ role: "ESTHETICIAN" });
    const session = await signInAs(created);
    const setup = await startTotpSetup(session);
    expect(setup.uri).toMatch(/^otpauth:\/\/totp\//);
    expect(setup.qrSvg).toMatch(/^<svg[\s\S]*<\/svg>\s*$/);
    const stored = await db.totpCredential.findUniqueOrThrow({ where: { userId: created.user.id } });
    expect(stored.secretCiphertext).not.toContain(setup.secret);
    expect(stored.confirmedAt).toBeNull();

    await expect(confirmTotpSetup(session, { code: "000000" })).rejects.toMatchObject({ code: "VALIDATION" });
    const { recoveryCodes } = await confirmTotpSetup(session, { code: await currentTotpCode(setup.secret, new Date()) });
    expect(recoveryCodes).toHaveLength(10);
    const hashes = await db.recoveryCode.findMany({ where: { userId: created.user.id }, select: { codeHash: true } });
    expect(hashes.map((h) => h.codeHash).join()).not.toContain(recoveryCodes![0]!.replaceAll("-", ""));
    expect(await getTwoFactorOverview(session)).toMatchObject({ totp: true, recoveryCodesLeft: 10, passkeys: [] });
  });

  test("wrong actor: a client cannot set up a second factor", async () => {
    const client = await signInAs(await createUser({ role: "CLIENT" }));
    await expect(startTotpSetup(client)).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(startPasskeyRegistration(client)).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});

describe("signing in with the second step", () => {
  test("after the password the session owes the second step and has no actor until a code is given", async () => {
    const created = await createUser({ role: "ESTHETICIAN" });
    const { secret } = await withTotp(created);
    const signedIn = await authorizeCredentials(
      { email: created.user.email, password: created.password },
      { headers: { "x-forwarded-for": freshIp() } },
    );
    const pending = await readSession(signedIn!.sessionId);
    expect(pending.secondFactor).toBe("pending");

    // A pending session can neither plant its own factor nor remove one.
    await expect(startTotpSetup(pending)).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
    await expect(removeTotp(pending)).rejects.toMatchObject({ code: "UNAUTHENTICATED" });

    await verifySecondStepCode(pending, { method: "totp", code: await nextCode(secret), trustBrowser: false }, context);
    expect((await readSession(signedIn!.sessionId)).secondFactor).toBe("complete");
  });

  test("a code is accepted once: the same code again is refused (replay)", async () => {
    const created = await createUser({ role: "ADMIN" });
    const { secret } = await withTotp(created);
    const code = await nextCode(secret);
    const first = await readSession(
      (await authorizeCredentials({ email: created.user.email, password: created.password }, { headers: {} }))!.sessionId,
    );
    await verifySecondStepCode(first, { method: "totp", code, trustBrowser: false }, context);
    const second = await readSession(
      (await authorizeCredentials({ email: created.user.email, password: created.password }, { headers: {} }))!.sessionId,
    );
    await expect(verifySecondStepCode(second, { method: "totp", code, trustBrowser: false }, context)).rejects.toMatchObject({
      code: "VALIDATION",
    });
  });

  test("five wrong codes, then the account's second step waits", async () => {
    const created = await createUser({ role: "ESTHETICIAN" });
    const { secret } = await withTotp(created);
    const pending = await readSession(
      (await authorizeCredentials({ email: created.user.email, password: created.password }, { headers: {} }))!.sessionId,
    );
    for (let i = 0; i < 5; i++) {
      await expect(verifySecondStepCode(pending, { method: "totp", code: "123456", trustBrowser: false }, context)).rejects.toMatchObject({
        code: "VALIDATION",
      });
    }
    await expect(
      verifySecondStepCode(pending, { method: "totp", code: await nextCode(secret), trustBrowser: false }, context),
    ).rejects.toMatchObject({
      code: "RATE_LIMITED",
    });
  });

  test("a recovery code works once", async () => {
    const created = await createUser({ role: "ESTHETICIAN" });
    const { recoveryCodes } = await withTotp(created);
    const signIn = async () =>
      readSession((await authorizeCredentials({ email: created.user.email, password: created.password }, { headers: {} }))!.sessionId);
    const result = await verifySecondStepCode(
      await signIn(),
      { method: "recovery", code: recoveryCodes[0]!.toLowerCase(), trustBrowser: false },
      context,
    );
    expect(result.recoveryCodesLeft).toBe(9);
    await expect(
      verifySecondStepCode(await signIn(), { method: "recovery", code: recoveryCodes[0]!, trustBrowser: false }, context),
    ).rejects.toMatchObject({ code: "VALIDATION" });
    expect(await db.auditEvent.count({ where: { actorId: created.user.id, action: "sign-in.recovery-code" } })).toBe(1);
  });

  test("a trusted browser skips the second step for that person only", async () => {
    const created = await createUser({ role: "ESTHETICIAN" });
    const { secret } = await withTotp(created);
    const pending = await readSession(
      (await authorizeCredentials({ email: created.user.email, password: created.password }, { headers: {} }))!.sessionId,
    );
    const { trustedCookie } = await verifySecondStepCode(
      pending,
      { method: "totp", code: await nextCode(secret), trustBrowser: true },
      context,
    );
    const cookie = `glowbook.trusted-browser=${trustedCookie}`;

    const again = await authorizeCredentials({ email: created.user.email, password: created.password }, { headers: { cookie } });
    expect((await readSession(again!.sessionId)).secondFactor).toBe("complete");

    const colleague = await createUser({ role: "ESTHETICIAN" });
    await withTotp(colleague);
    const theirs = await authorizeCredentials({ email: colleague.user.email, password: colleague.password }, { headers: { cookie } });
    expect((await readSession(theirs!.sessionId)).secondFactor).toBe("pending");
  });
});

describe("the admin's requirement", () => {
  test("wrong actor: only an admin may change it", async () => {
    const esthetician = await createUser({ role: "ESTHETICIAN" });
    await expect(setSecurityPolicy(asActor(esthetician.user), { requireStaffTwoFactor: true })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    await expect(getSecurityPolicy(asActor(esthetician.user))).rejects.toMatchObject({ code: "FORBIDDEN" });
  });

  test("turned on, staff without a factor must set one up at once; clients are not affected; turned off, they are free again", async () => {
    const staff = await signInAs(await createUser({ role: "ESTHETICIAN" }));
    const admin = await signInAs(await createUser({ role: "ADMIN" }));
    const client = await signInAs(await createUser({ role: "CLIENT" }));
    try {
      await requireTwoFactor(true);
      for (const session of [staff, admin]) expect((await findSessionState(session.sessionId))?.secondFactor).toBe("enrol");
      expect((await findSessionState(client.sessionId))?.secondFactor).toBe("complete");

      // Setting one up completes the session; then it cannot be removed while required.
      const enrolling = await readSession(staff.sessionId);
      const { secret } = await startTotpSetup(enrolling);
      await confirmTotpSetup(enrolling, { code: await currentTotpCode(secret, new Date()) });
      const complete = await readSession(staff.sessionId);
      expect(complete.secondFactor).toBe("complete");
      await expect(removeTotp(complete)).rejects.toMatchObject({ code: "CONFLICT" });
    } finally {
      await requireTwoFactor(false);
    }
    expect((await findSessionState(admin.sessionId))?.secondFactor).toBe("complete");
  });
});
