import { describe, expect, test } from "vitest";
import { isCommonPassword, messages, passwordContainsEmail, signInSchema, signUpSchema } from "./schema";

const valid = {
  name: "Jordan Kim",
  email: "jordan.kim@example.com",
  phone: "(555) 010-0199",
  password: "lantern-orchid-velvet",
};

function fieldErrors(result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) {
  const errors: Record<string, string[]> = {};
  for (const issue of result.error?.issues ?? []) (errors[issue.path.join(".")] ??= []).push(issue.message);
  return errors;
}

describe("signUpSchema", () => {
  test("accepts a valid sign-up and normalises it", () => {
    const result = signUpSchema.safeParse({
      ...valid,
      name: "  Jordan Kim ",
      email: "  Jordan.Kim@Example.COM ",
      phone: " +1 555 010 0199 ",
    });
    expect(result.success && result.data).toEqual({ ...valid, phone: "+1 555 010 0199" });
  });

  // Every message the schema can produce, each with the smallest input that triggers it.
  test.each([
    ["name", { name: "" }, messages.nameRequired],
    ["name", { name: "   " }, messages.nameRequired],
    ["name", { name: undefined }, messages.nameRequired],
    ["name", { name: "x".repeat(101) }, messages.nameTooLong],
    ["email", { email: "" }, messages.emailRequired],
    ["email", { email: undefined }, messages.emailRequired],
    ["email", { email: "jordan" }, messages.emailInvalid],
    ["email", { email: "jordan@" }, messages.emailInvalid],
    ["email", { email: "jordan kim@example.com" }, messages.emailInvalid],
    ["email", { email: `${"a".repeat(250)}@example.com` }, messages.emailTooLong],
    ["phone", { phone: "555-0199" }, messages.phoneInvalid],
    ["phone", { phone: "call me maybe" }, messages.phoneInvalid],
    ["phone", { phone: "+1 555 010 0199 ext 2" }, messages.phoneInvalid],
    ["phone", { phone: "1234567890123456" }, messages.phoneInvalid],
    ["phone", { phone: "55+5 010 0199" }, messages.phoneInvalid],
    ["password", { password: "" }, messages.passwordRequired],
    ["password", { password: "short-pass1" }, messages.passwordTooShort],
    ["password", { password: "x".repeat(120) + "y".repeat(9) }, messages.passwordTooLong],
    ["password", { password: "Password1234" }, messages.passwordTooCommon],
    ["password", { password: "zzzzzzzzzzzzzzz" }, messages.passwordTooCommon],
    ["password", { password: "jordan.kim-rocks!" }, messages.passwordContainsEmail],
    ["password", { password: "JORDAN.KIM@EXAMPLE.COM" }, messages.passwordContainsEmail],
  ])("%s %j → %j", (field, override, message) => {
    const errors = fieldErrors(signUpSchema.safeParse({ ...valid, ...override }));
    // One message per problem: an empty field says "enter …", not also "too short".
    expect(errors[field]).toEqual([message]);
  });

  test.each([
    ["left out", undefined],
    ["blank", "  "],
  ])("a phone number is optional: %s → none", (_name, phone) => {
    const result = signUpSchema.safeParse({ ...valid, phone });
    expect(result.success && result.data.phone).toBeUndefined();
  });

  test.each([
    ["10 digits, US style", "555-010-0199"],
    ["dots", "555.010.0199"],
    ["+1 with spaces", "+1 555 010 0199"],
    ["UK", "+44 20 7946 0958"],
    ["15 digits", "+123456789012345"],
  ])("accepts the phone number %s (%s)", (_name, phone) => {
    expect(signUpSchema.safeParse({ ...valid, phone }).success).toBe(true);
  });

  test.each([
    ["exactly 12 characters", "velvet-ocean"],
    ["128 characters", "v".repeat(64) + "w".repeat(64)],
    ["12 emoji count as 12 characters", "🌿🌸🌿🌸🌿🌸🌿🌸🌿🌸🌿🍵"],
    ["no composition rules: all lower case, no digits", "quiet morning tea"],
  ])("accepts a password: %s", (_name, password) => {
    expect(fieldErrors(signUpSchema.safeParse({ ...valid, password }))).toEqual({});
  });

  test("a local part shorter than 4 characters may appear in the password", () => {
    const input = { ...valid, email: "jo@example.com", password: "joyful-jojoba-balm" };
    expect(fieldErrors(signUpSchema.safeParse(input))).toEqual({});
  });

  test("11 emoji are too short even though they are 22 UTF-16 units", () => {
    const password = "🌿🌸🌿🌸🌿🌸🌿🌸🌿🌸🍵";
    expect(fieldErrors(signUpSchema.safeParse({ ...valid, password })).password).toEqual([messages.passwordTooShort]);
  });

  test("reports every problem at once so the form can show them together", () => {
    const errors = fieldErrors(signUpSchema.safeParse({ name: "", email: "nope", phone: "12", password: "short" }));
    expect(Object.keys(errors).sort()).toEqual(["email", "name", "password", "phone"]);
  });
});

describe("password rules", () => {
  test.each([
    ["password1234", true],
    ["PASSWORD1234", true],
    ["qwerty123456", true],
    ["aaaaaaaaaaaaaaaa", true],
    ["glowbook1234", true],
    ["lantern-orchid-velvet", false],
    ["aaaaaaaaaaab", false],
  ])("isCommonPassword(%j) → %s", (password, expected) => {
    expect(isCommonPassword(password)).toBe(expected);
  });

  test.each([
    ["contains the local part", "my-jordan.kim-pass", "jordan.kim@example.com", true],
    ["equals the local part, other case", "Jordan.Kim.Longer", "jordan.kim.longer@example.com", true],
    ["contains the whole address", "xjordan@example.comx", "jordan@example.com", true],
    ["local part shorter than 4 is ignored", "the-jo-jo-bean-dance", "jo@example.com", false],
    ["4-character local part is checked", "my-anna-password", "anna@example.com", true],
    ["unrelated", "lantern-orchid-velvet", "jordan@example.com", false],
    ["empty email", "lantern-orchid-velvet", "", false],
  ])("passwordContainsEmail: %s → %s", (_name, password, email, expected) => {
    expect(passwordContainsEmail(password, email)).toBe(expected);
  });
});

describe("signInSchema", () => {
  test("normalises the email and keeps the password as typed", () => {
    expect(signInSchema.parse({ email: " Client@Glowbook.TEST ", password: " Spaces count " })).toEqual({
      email: "client@glowbook.test",
      password: " Spaces count ",
    });
  });

  test("applies no password policy to signing in", () => {
    expect(signInSchema.safeParse({ email: "a@example.com", password: "x" }).success).toBe(true);
  });

  test.each([
    ["email", { email: "" }, messages.emailRequired],
    ["email", { email: undefined }, messages.emailRequired],
    ["email", { email: "not-an-email" }, messages.emailInvalid],
    ["email", { email: `${"a".repeat(250)}@example.com` }, messages.emailTooLong],
    ["password", { password: "" }, messages.passwordRequired],
    ["password", { password: undefined }, messages.passwordRequired],
    ["password", { password: "x".repeat(257) }, messages.credentialsIncorrect],
  ])("%s %j → %j", (field, override, message) => {
    const errors = fieldErrors(signInSchema.safeParse({ email: "a@example.com", password: "secret", ...override }));
    expect(errors[field]).toEqual([message]);
  });
});
