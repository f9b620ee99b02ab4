import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, test } from "vitest";
import { verifyPassword } from "@/lib/auth/password";
import { signUpSchema, type SignUpInput } from "@/lib/auth/schema";
import { confirmSignUp } from "@/lib/auth/sign-up-confirmation";
import { db } from "@/lib/db/client";
import { requestSignUp } from "@/lib/security/sign-up";
import { createLocation } from "../factories/spa";
import { createUser } from "../factories/users";
import { freshIp } from "../support/auth";

const PASSWORD = "lantern-orchid-velvet";

function signUpInput(overrides: Partial<SignUpInput> = {}) {
  return signUpSchema.parse({
    name: "Jordan Kim",
    email: `jordan-${randomUUID().slice(0, 8)}@example.com`,
    phone: "+1 555 010 0199",
    password: PASSWORD,
    ...overrides,
  });
}

async function mailTo(email: string) {
  return db.emailMessage.findMany({
    where: { toAddress: email },
    orderBy: { createdAt: "asc" },
    select: { template: true, text: true, state: true },
  });
}

function linkToken(text: string): string {
  const token = /\/signup\/confirm\?token=([A-Za-z0-9_-]{43})/.exec(text)?.[1];
  if (!token) throw new Error(`no confirmation link in: ${text}`);
  return token;
}

beforeAll(async () => {
  // The spa whose name and address the emails carry (the first location in this database).
  await createLocation();
});

describe("requestSignUp: the same answer whether the address has an account or not", () => {
  test("a new address gets a confirmation link and no account until it is used", async () => {
    const input = signUpInput();
    await expect(requestSignUp(input, { ip: freshIp() })).resolves.toBeUndefined();

    expect(await db.user.findUnique({ where: { email: input.email } })).toBeNull();
    const [message, ...others] = await mailTo(input.email);
    expect(others).toEqual([]);
    expect(message).toMatchObject({ template: "SIGN_UP_CONFIRMATION", state: "QUEUED" });
    expect(message!.text).not.toContain(PASSWORD);

    const actor = await confirmSignUp(linkToken(message!.text));
    const row = await db.user.findUniqueOrThrow({ where: { email: input.email } });
    expect(actor).toEqual({ userId: row.id, role: "CLIENT", email: input.email, name: "Jordan Kim" });
    expect(row.passwordHash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(await verifyPassword(row.passwordHash!, PASSWORD)).toBe(true);
  });

  test("name, email and password are enough: the account has no phone until the client adds one", async () => {
    const input = signUpInput({ phone: undefined });
    await requestSignUp(input, { ip: freshIp() });
    const [message] = await mailTo(input.email);
    await confirmSignUp(linkToken(message!.text));
    const row = await db.user.findUniqueOrThrow({ where: { email: input.email }, select: { phone: true, name: true } });
    expect(row).toEqual({ phone: null, name: "Jordan Kim" });
  });

  test("a phone number given with the sign-up is kept on the account", async () => {
    const input = signUpInput();
    await requestSignUp(input, { ip: freshIp() });
    await confirmSignUp(linkToken((await mailTo(input.email))[0]!.text));
    expect((await db.user.findUniqueOrThrow({ where: { email: input.email } })).phone).toBe("+1 555 010 0199");
  });

  test("an address with an account gets a notice instead, and the account is untouched", async () => {
    const { user, password } = await createUser({ name: "Existing Owner" });
    const before = await db.user.findUniqueOrThrow({ where: { id: user.id } });
    await expect(
      requestSignUp(signUpInput({ email: user.email.toUpperCase(), name: "Someone Else" }), { ip: freshIp() }),
    ).resolves.toBeUndefined();

    const after = await db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(after).toEqual(before);
    expect(await verifyPassword(after.passwordHash!, password)).toBe(true);
    expect(await db.signUpRequest.count({ where: { email: user.email } })).toBe(0);
    const [message] = await mailTo(user.email);
    expect(message).toMatchObject({ template: "SIGN_UP_EXISTING_ACCOUNT" });
    expect(message!.text).toContain("Hello Existing Owner");
    expect(message!.text).toContain("already has one");
  });

  test("the link works once and not after a day", async () => {
    const input = signUpInput();
    await requestSignUp(input, { ip: freshIp() });
    const token = linkToken((await mailTo(input.email))[0]!.text);
    expect(await confirmSignUp(token, { now: new Date(Date.now() + 24 * 60 * 60_000 + 1000) })).toBeNull();
    expect(await confirmSignUp(token)).toMatchObject({ email: input.email });
    expect(await confirmSignUp(token)).toBeNull();
    expect(await confirmSignUp("not-a-token")).toBeNull();
  });

  test("two pending sign-ups for one address give one account: the second link is refused", async () => {
    const input = signUpInput();
    await requestSignUp(input, { ip: freshIp() });
    await requestSignUp({ ...input, name: "Twin" }, { ip: freshIp() });
    const [first, second] = (await mailTo(input.email)).map((message) => linkToken(message.text));
    const results = await Promise.allSettled([confirmSignUp(first!), confirmSignUp(second!)]);
    expect(results.filter((r) => r.status === "fulfilled" && r.value !== null)).toHaveLength(1);
    expect(await db.user.count({ where: { email: input.email } })).toBe(1);
  });

  test("is limited per email (three an hour), whether or not the address has an account", async () => {
    const { user } = await createUser();
    for (const email of [user.email, `new-${randomUUID().slice(0, 8)}@example.com`]) {
      for (let i = 0; i < 3; i++) await requestSignUp(signUpInput({ email }), { ip: freshIp() });
      await expect(requestSignUp(signUpInput({ email }), { ip: freshIp() })).rejects.toMatchObject({ code: "RATE_LIMITED" });
    }
  });

  test("is limited per client address (ten an hour)", async () => {
    const ip = freshIp();
    for (let i = 0; i < 10; i++) await requestSignUp(signUpInput(), { ip });
    await expect(requestSignUp(signUpInput(), { ip })).rejects.toMatchObject({
      code: "RATE_LIMITED",
      userMessage: "Too many sign-ups from here just now. Try again in 60 minutes.",
    });
  });
});
