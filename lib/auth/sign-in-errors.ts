import { messages } from "./schema";

/**
 * next-auth hands an error from `authorize` to the browser as `?error=<message>` (and the
 * sign-in page can be opened with any `?error=` by anyone), so the wire carries only these codes
 * and the form turns them into text itself: a crafted link can never put words on the page.
 */
export type SignInErrorCode = "CredentialsSignin" | "RATE_LIMITED" | "INTERNAL";

export function rateLimitedMessage(retryAfterMinutes: number): string {
  const minutes = Math.max(1, Math.ceil(retryAfterMinutes));
  return `Too many sign-in attempts. Try again in ${minutes} ${minutes === 1 ? "minute" : "minutes"}.`;
}

export const SIGN_IN_GENERIC_ERROR = "Signing in didn't work just now. Please try again in a moment.";

export function encodeSignInError(code: "RATE_LIMITED", retryAfterMinutes: number): string;
export function encodeSignInError(code: "INTERNAL"): string;
export function encodeSignInError(code: SignInErrorCode, retryAfterMinutes?: number): string {
  return code === "RATE_LIMITED" ? `RATE_LIMITED:${Math.max(1, Math.ceil(retryAfterMinutes ?? 1))}` : code;
}

/** The message for an `error` code from next-auth; null when there is no error to show. */
export function signInErrorMessage(error: string | null | undefined): string | null {
  if (!error) return null;
  // next-auth's own code when authorize returns null: wrong email or wrong password, never which.
  if (error === "CredentialsSignin") return messages.credentialsIncorrect;
  const rateLimited = /^RATE_LIMITED:(\d{1,4})$/.exec(error);
  if (rateLimited) return rateLimitedMessage(Number(rateLimited[1]));
  return SIGN_IN_GENERIC_ERROR;
}
