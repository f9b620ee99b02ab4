import { randomUUID } from "node:crypto";
import { describe, expect, test } from "vitest";
import { authenticate } from "@/lib/auth/commands";
import { authorizeCredentials } from "@/lib/auth/options";
import { pairThrottleKey } from "@/lib/auth/sign-in-throttle-rules";
import { db } from "@/lib/db/client";
import { createUser } from "../factories/users";
import { freshIp } from "../support/auth";

const INCORRECT = { code: "UNAUTHENTICATED", userMessage: "Email or password is incorrect." };
const now = new Date("2026-04-01T09:00:00.000Z");

describe("authenticate", () => {
  test("the right password gives the actor, whatever the email's case and spaces", async () => {
    const { user, password } = await createUser({ role: "ESTHETICIAN" });
    const actor = await authenticate({ email: `  ${user.email.toUpperCase()} `, password, ip: freshIp() }, { now });
    expect(actor).toEqual({ userId: user.id, role: "ESTHETICIAN", email: user.email, name: user.name });
  });

  test("a wrong password and an unknown email fail with the same message", async () => {
    const { user, password } = await createUser({ role: "CLIENT" });
    await expect(authenticate({ email: user.email, password: `${password}x`, ip: freshIp() }, { now })).rejects.toMatchObject(INCORRECT);
    await expect(authenticate({ email: `nobody-${randomUUID()}@example.com`, password, ip: freshIp() }, { now })).rejects.toMatchObject(
      INCORRECT,
    );
  });

  test.each([
    ["missing email", { email: undefined, password: "x" }],
    ["missing password", { email: "a@example.com", password: undefined }],
    ["not strings", { email: ["a@example.com"], password: { x: 1 } }],
    ["an oversized password", { email: "a@example.com", password: "x".repeat(10_000) }],
  ])("malformed input (%s) is just incorrect credentials", async (_name, credentials) => {
    await expect(authenticate({ ...credentials, ip: freshIp() }, { now })).rejects.toMatchObject(INCORRECT);
  });

  test("a successful sign-in clears the pair's failure count", async () => {
    const { user, password } = await createUser();
    const ip = freshIp();
    for (let i = 0; i < 4; i++) await authenticate({ email: user.email, password: "wrong", ip }, { now }).catch(() => undefined);
    const key = pairThrottleKey(user.email, ip);
    expect(await db.signInThrottle.findUnique({ where: { key } })).toMatchObject({ failures: 4 });

    await authenticate({ email: user.email, password, ip }, { now });
    expect(await db.signInThrottle.findUnique({ where: { key } })).toBeNull();
  });

  test("a hash made with older parameters is upgraded after a good sign-in", async () => {
    const { user, password } = await createUser();
    const { hash } = await import("@node-rs/argon2");
    await db.user.update({ where: { id: user.id }, data: { passwordHash: await hash(password, { memoryCost: 4096, timeCost: 3 }) } });

    await authenticate({ email: user.email, password, ip: freshIp() }, { now });
    const { passwordHash } = await db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(passwordHash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
  });
});

describe("authorizeCredentials (next-auth's authorize)", () => {
  test("starts a session row and hands next-auth its id with the user", async () => {
    const { user, password } = await createUser({ role: "ADMIN" });
    const ip = freshIp();
    const result = await authorizeCredentials(
      { email: user.email, password },
      { headers: { "x-forwarded-for": ip, "user-agent": "Mozilla/5.0 (X11; Linux x86_64) Firefox/128.0" } },
    );
    expect(result).toEqual({ id: user.id, email: user.email, name: user.name, role: "ADMIN", sessionId: expect.any(String) });
    const session = await db.userSession.findUniqueOrThrow({ where: { id: result!.sessionId } });
    expect(session).toMatchObject({
      userId: user.id,
      ip,
      userAgent: "Mozilla/5.0 (X11; Linux x86_64) Firefox/128.0",
      secondFactorAt: null,
    });
    expect(session.expiresAt.getTime() - session.createdAt.getTime()).toBe(12 * 60 * 60_000);
  });

  test("returns null for wrong credentials, which next-auth reports as CredentialsSignin", async () => {
    const { user } = await createUser();
    expect(await authorizeCredentials({ email: user.email, password: "wrong-password" }, { headers: {} })).toBeNull();
    expect(await authorizeCredentials(undefined, {})).toBeNull();
  });

  test("throws only a code when rate limited, counting per client address", async () => {
    const ip = freshIp();
    const headers = { "x-forwarded-for": ip };
    for (let i = 0; i < 20; i++) {
      await authorizeCredentials({ email: `nobody-${i}-${randomUUID()}@example.com`, password: "guess" }, { headers });
    }
    const { user, password } = await createUser();
    await expect(authorizeCredentials({ email: user.email, password }, { headers })).rejects.toThrow(/^RATE_LIMITED:15$/);
    // Another address is unaffected.
    expect(await authorizeCredentials({ email: user.email, password }, { headers: { "x-forwarded-for": freshIp() } })).toMatchObject({
      id: user.id,
    });
  });
});
