import { describe, expect, test } from "vitest";
import { encodeSignInError, rateLimitedMessage, SIGN_IN_GENERIC_ERROR, signInErrorMessage } from "./sign-in-errors";

describe("sign-in error codes → messages", () => {
  test.each([
    [null, null],
    [undefined, null],
    ["", null],
    ["CredentialsSignin", "Email or password is incorrect."],
    [encodeSignInError("RATE_LIMITED", 15), "Too many sign-in attempts. Try again in 15 minutes."],
    [encodeSignInError("RATE_LIMITED", 1), "Too many sign-in attempts. Try again in 1 minute."],
    [encodeSignInError("RATE_LIMITED", 0.2), "Too many sign-in attempts. Try again in 1 minute."],
    [encodeSignInError("INTERNAL"), SIGN_IN_GENERIC_ERROR],
    // Anything else (next-auth's own codes, or words someone put in a link) is never echoed.
    ["Configuration", SIGN_IN_GENERIC_ERROR],
    ["Your account is suspended, call +1 900 555 0100", SIGN_IN_GENERIC_ERROR],
    ["RATE_LIMITED:15 call us", SIGN_IN_GENERIC_ERROR],
    ["RATE_LIMITED:", SIGN_IN_GENERIC_ERROR],
  ])("%j → %j", (code, message) => {
    expect(signInErrorMessage(code)).toBe(message);
  });

  test("the rate-limit message rounds up and never says 0 minutes", () => {
    expect(rateLimitedMessage(0)).toBe("Too many sign-in attempts. Try again in 1 minute.");
    expect(rateLimitedMessage(2.1)).toBe("Too many sign-in attempts. Try again in 3 minutes.");
  });
});
