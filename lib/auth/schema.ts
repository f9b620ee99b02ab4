import { z } from "zod";
import { COMMON_PASSWORDS } from "./common-passwords";
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from "./password-length";

// One set of schemas for the forms (zodResolver) and the server (safeParse) alike.

// A local part shorter than this ("jo@…") is too short to be a meaningful guess, and refusing
// every password that contains it would only frustrate people.
const LOCAL_PART_MIN_LENGTH_TO_CHECK = 4;

export const messages = {
  nameRequired: "Enter your name.",
  nameTooLong: "Keep your name to 100 characters or fewer.",
  emailRequired: "Enter your email address.",
  emailInvalid: "Enter a valid email address, like name@example.com.",
  emailTooLong: "Email addresses can be at most 254 characters.",
  phoneRequired: "Enter a phone number so the spa can reach you about your visits.",
  phoneInvalid: "Enter a phone number with 10 to 15 digits, like (555) 010-0199 or +44 20 7946 0958.",
  passwordRequired: "Enter your password.",
  passwordTooShort: `Use at least ${PASSWORD_MIN_LENGTH} characters. A few unrelated words make a strong password that is easy to remember.`,
  passwordTooLong: `Use ${PASSWORD_MAX_LENGTH} characters or fewer.`,
  passwordContainsEmail: "Your password can't contain your email address or the part before the @.",
  passwordTooCommon: "That password is too common and easy to guess. Try a few unrelated words instead.",
  confirmPasswordRequired: "Type your password again to confirm it.",
  passwordsDoNotMatch: "The passwords don't match. Type the same password in both fields.",
  credentialsIncorrect: "Email or password is incorrect.",
} as const;

export const email = z
  .string({ error: messages.emailRequired })
  .trim()
  .toLowerCase()
  .min(1, messages.emailRequired)
  .max(254, messages.emailTooLong)
  .pipe(z.email(messages.emailInvalid));

// Loose on purpose: digits with the usual separators and an optional leading +, 10–15 digits
// (a US number without +1 has 10; E.164 allows at most 15). The spa calls it; it is not parsed.
const PHONE_CHARACTERS = /^\+?[0-9 ().-]+$/;
export const phone = z
  .string({ error: messages.phoneRequired })
  .trim()
  .min(1, messages.phoneRequired)
  .refine((value) => value === "" || isPlausiblePhone(value), messages.phoneInvalid);

/**
 * Sign-up asks only for name, email and password (the booking flow's shortest path); a phone
 * number may still come with it (the API) and is checked when it does. Absent or blank = none.
 */
const optionalPhone = z
  .string()
  .trim()
  .refine((value) => value === "" || isPlausiblePhone(value), messages.phoneInvalid)
  .optional()
  .transform((value) => value || undefined);

export function isPlausiblePhone(value: string): boolean {
  return PHONE_CHARACTERS.test(value) && /^\d{10,15}$/.test(value.replace(/\D/g, ""));
}

/** Length in characters as people count them: an emoji or an accented letter counts once. */
function characterCount(value: string): number {
  return [...value].length;
}

// Each rule speaks only when the ones before it are satisfied, so a field shows one message
// ("enter …", not also "too short"). Not zod's `abort`: that would also skip the cross-field
// checks below, and the form should show every field's problem in one pass.
export const newPassword = z
  .string({ error: messages.passwordRequired })
  .min(1, messages.passwordRequired)
  .refine((value) => value === "" || characterCount(value) >= PASSWORD_MIN_LENGTH, messages.passwordTooShort)
  .refine((value) => characterCount(value) <= PASSWORD_MAX_LENGTH, messages.passwordTooLong)
  .refine((value) => !isAcceptableLength(value) || !isCommonPassword(value), messages.passwordTooCommon);

export function isAcceptableLength(value: string): boolean {
  const count = characterCount(value);
  return count >= PASSWORD_MIN_LENGTH && count <= PASSWORD_MAX_LENGTH;
}

export function isCommonPassword(password: string): boolean {
  const lower = password.toLowerCase();
  // One character over and over ("aaaaaaaaaaaa") is as guessable as anything on the list.
  return COMMON_PASSWORDS.has(lower) || /^(.)\1*$/su.test(lower);
}

export function passwordContainsEmail(password: string, emailAddress: string): boolean {
  const lowerPassword = password.toLowerCase();
  const lowerEmail = emailAddress.trim().toLowerCase();
  const localPart = lowerEmail.split("@")[0] ?? "";
  if (lowerEmail.length > 0 && lowerPassword.includes(lowerEmail)) return true;
  return localPart.length >= LOCAL_PART_MIN_LENGTH_TO_CHECK && lowerPassword.includes(localPart);
}

export const signUpSchema = z
  .object({
    name: z.string({ error: messages.nameRequired }).trim().min(1, messages.nameRequired).max(100, messages.nameTooLong),
    email,
    phone: optionalPhone,
    // One password field with "show password" rather than typing it twice (the form reveals it
    // on request); a mistyped one is recovered by the reset link like a forgotten one.
    password: newPassword,
  })
  .superRefine(
    (value, context) => {
      if (isAcceptableLength(value.password) && passwordContainsEmail(value.password, value.email)) {
        context.addIssue({ code: "custom", path: ["password"], message: messages.passwordContainsEmail });
      }
    },
    // Zod skips object refinements after a field of the wrong type; this needs only these two
    // strings, so "contains your email" shows in the same pass as "enter your name".
    { when: ({ value }) => hasStrings(value, ["email", "password"]) },
  );

function hasStrings(value: unknown, keys: readonly string[]): boolean {
  return typeof value === "object" && value !== null && keys.every((key) => typeof (value as Record<string, unknown>)[key] === "string");
}

export type SignUpInput = z.input<typeof signUpSchema>;
export type SignUpData = z.output<typeof signUpSchema>;

export const signInSchema = z.object({
  email,
  // No policy here: it applies when a password is chosen, and a sign-in only has to match. The
  // cap only keeps huge bodies away from argon2: no stored password is longer (an astral
  // character is two UTF-16 units), so such an input simply cannot be right.
  password: z
    .string({ error: messages.passwordRequired })
    .min(1, messages.passwordRequired)
    .max(PASSWORD_MAX_LENGTH * 2, messages.credentialsIncorrect),
});

export type SignInInput = z.input<typeof signInSchema>;
export type SignInData = z.output<typeof signInSchema>;

/** The set-password page (a single-use link): the same password rules as sign-up. */
export const setPasswordSchema = z
  .object({
    token: z.string().regex(/^[A-Za-z0-9_-]{43}$/, "This link is not valid."),
    password: newPassword,
    confirmPassword: z.string({ error: messages.confirmPasswordRequired }).min(1, messages.confirmPasswordRequired),
  })
  .superRefine(
    (value, context) => {
      if (value.confirmPassword && value.confirmPassword !== value.password) {
        context.addIssue({ code: "custom", path: ["confirmPassword"], message: messages.passwordsDoNotMatch });
      }
    },
    { when: ({ value }) => hasStrings(value, ["password", "confirmPassword"]) },
  );
export type SetPasswordInput = z.input<typeof setPasswordSchema>;
export type SetPasswordData = z.output<typeof setPasswordSchema>;
