import { randomUUID } from "node:crypto";
import { describe, expect, test } from "vitest";
import { signUpAction } from "@/app/signup/actions";
import { DUPLICATE_EMAIL_MESSAGE, signUpClient } from "@/lib/auth/commands";
import { verifyPassword } from "@/lib/auth/password";
import { signUpSchema, type SignUpInput } from "@/lib/auth/schema";
import { db } from "@/lib/db/client";

const PASSWORD = "lantern-orchid-velvet";

function signUpInput(overrides: Partial<SignUpInput> = {}): SignUpInput {
  return {
    name: "Jordan Kim",
    email: `jordan-${randomUUID().slice(0, 8)}@example.com`,
    phone: "+1 555 010 0199",
    password: PASSWORD,
    confirmPassword: PASSWORD,
    ...overrides,
  };
}

describe("signUpClient", () => {
  test("creates a CLIENT with an argon2id hash and never stores the plain password", async () => {
    const input = signUpInput();
    const actor = await signUpClient(signUpSchema.parse(input));

    const row = await db.user.findUniqueOrThrow({ where: { id: actor.userId } });
    expect(actor).toEqual({ userId: row.id, role: "CLIENT", email: input.email, name: "Jordan Kim" });
    expect(row).toMatchObject({ role: "CLIENT", phone: "+1 555 010 0199" });
    expect(row.passwordHash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(row.passwordHash).not.toContain(PASSWORD);
    expect(await verifyPassword(row.passwordHash!, PASSWORD)).toBe(true);
  });

  test("stores the email trimmed and lower-cased", async () => {
    const local = `Mixed.Case-${randomUUID().slice(0, 8)}`;
    const actor = await signUpClient(signUpSchema.parse(signUpInput({ email: `  ${local}@Example.COM ` })));
    expect(actor.email).toBe(`${local.toLowerCase()}@example.com`);
  });

  test.each([
    ["the same email", (email: string) => email],
    ["the same email in other case", (email: string) => email.toUpperCase()],
  ])("refuses %s with CONFLICT on the email field", async (_name, variant) => {
    const first = signUpInput();
    await signUpClient(signUpSchema.parse(first));
    const again = signUpSchema.parse(signUpInput({ email: variant(first.email), name: "Someone Else" }));

    await expect(signUpClient(again)).rejects.toMatchObject({
      code: "CONFLICT",
      userMessage: DUPLICATE_EMAIL_MESSAGE,
      details: { fieldErrors: { email: [DUPLICATE_EMAIL_MESSAGE] } },
    });
    expect(await db.user.count({ where: { email: first.email } })).toBe(1);
  });

  test("two sign-ups racing for one email give one account and one CONFLICT", async () => {
    const input = signUpSchema.parse(signUpInput());
    const results = await Promise.allSettled([signUpClient(input), signUpClient({ ...input, name: "Twin" })]);

    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const rejected = results.filter((r): r is PromiseRejectedResult => r.status === "rejected");
    expect(rejected).toHaveLength(1);
    expect(rejected[0]?.reason).toMatchObject({ code: "CONFLICT", userMessage: DUPLICATE_EMAIL_MESSAGE });
    expect(await db.user.count({ where: { email: input.email } })).toBe(1);
  });
});

describe("signUpAction (the server action adapter)", () => {
  test("creates the account and returns ok", async () => {
    const input = signUpInput();
    expect(await signUpAction(input)).toEqual({ ok: true, data: undefined });
    expect(await db.user.findUnique({ where: { email: input.email }, select: { role: true } })).toEqual({ role: "CLIENT" });
  });

  test("returns field errors from the shared schema without creating anything", async () => {
    const input = signUpInput({ phone: "", confirmPassword: "something-else" });
    const result = await signUpAction(input);
    expect(result).toMatchObject({
      ok: false,
      code: "VALIDATION",
      fieldErrors: { phone: [expect.any(String)], confirmPassword: [expect.any(String)] },
    });
    expect(await db.user.count({ where: { email: input.email } })).toBe(0);
  });

  test("puts a duplicate email on the email field", async () => {
    const input = signUpInput();
    await signUpAction(input);
    expect(await signUpAction({ ...input, email: input.email.toUpperCase() })).toEqual({
      ok: false,
      code: "CONFLICT",
      message: DUPLICATE_EMAIL_MESSAGE,
      fieldErrors: { email: [DUPLICATE_EMAIL_MESSAGE] },
    });
  });

  test("refuses what is not the form's shape, and a smuggled role never makes staff", async () => {
    // An action is a public POST endpoint: whatever its type says, anything may arrive.
    expect(await signUpAction(null as never)).toMatchObject({ ok: false, code: "VALIDATION" });
    const input = { ...signUpInput(), role: "ADMIN" };
    expect(await signUpAction(input)).toEqual({ ok: true, data: undefined });
    expect(await db.user.findUnique({ where: { email: input.email }, select: { role: true } })).toEqual({ role: "CLIENT" });
  });
});
