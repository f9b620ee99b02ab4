import { randomUUID } from "node:crypto";
import { describe, expect, test } from "vitest";
import { authenticate } from "@/lib/auth/commands";
import { findActor } from "@/lib/auth/queries";
import { authorizeCredentials } from "@/lib/auth/options";
import { SIGN_IN_EMAIL_RULE, rateLimitKey } from "@/lib/auth/rate-limit";
import { db } from "@/lib/db/client";
import { createUser } from "../factories/users";

const INCORRECT = { code: "UNAUTHENTICATED", userMessage: "Email or password is incorrect." };
const now = new Date("2026-04-01T09:00:00.000Z");
const freshIp = () => `10.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}`;

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

  test("a successful sign-in clears the email's failure count", async () => {
    const { user, password } = await createUser();
    const ip = freshIp();
    for (let i = 0; i < 4; i++) await authenticate({ email: user.email, password: "wrong", ip }, { now }).catch(() => undefined);
    const key = rateLimitKey(SIGN_IN_EMAIL_RULE, user.email);
    expect(await db.rateLimitCounter.findUnique({ where: { key } })).toMatchObject({ count: 4 });

    await authenticate({ email: user.email, password, ip }, { now });
    expect(await db.rateLimitCounter.findUnique({ where: { key } })).toBeNull();
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
  test("returns the user with role for next-auth to put in the token", async () => {
    const { user, password } = await createUser({ role: "ADMIN" });
    const result = await authorizeCredentials({ email: user.email, password }, { headers: { "x-forwarded-for": freshIp() } });
    expect(result).toEqual({ id: user.id, email: user.email, name: user.name, role: "ADMIN" });
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

describe("findActor (what getActor reads for a session)", () => {
  test("reads the current role, not the one the token was issued with", async () => {
    const { user } = await createUser({ role: "ESTHETICIAN" });
    await db.user.update({ where: { id: user.id }, data: { role: "CLIENT" } });
    expect(await findActor(user.id)).toEqual({ userId: user.id, role: "CLIENT", email: user.email, name: user.name });
  });

  test("a token for a deleted account grants nothing", async () => {
    const { user } = await createUser({ role: "ADMIN" });
    await db.user.delete({ where: { id: user.id } });
    expect(await findActor(user.id)).toBeNull();
  });

  test("an id that is not a uuid is nobody (and never reaches the query)", async () => {
    expect(await findActor("")).toBeNull();
    expect(await findActor("1 OR 1=1")).toBeNull();
  });
});
