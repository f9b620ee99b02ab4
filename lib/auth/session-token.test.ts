import { encode } from "next-auth/jwt";
import { afterEach, describe, expect, test } from "vitest";
import { sessionCookieName, sessionIdFromToken, sessionTokenFrom } from "./session-token";

const SECRET = "unit-secret-0123456789abcdef0123456789abcdef";
const SID = "5b0f6f4e-3c3a-4a53-9f55-2f1f7d3c9a10";

/**
 * The token with one character of its ciphertext (the JWE's fourth part) changed. Not its last
 * character: that one ends the authentication tag, and base64url ignores its low bits, so changing
 * it can leave the bytes as they were.
 */
function tamper(token: string): string {
  const parts = token.split(".");
  const ciphertext = parts[3]!;
  const middle = Math.floor(ciphertext.length / 2);
  parts[3] = ciphertext.slice(0, middle) + (ciphertext[middle] === "A" ? "B" : "A") + ciphertext.slice(middle + 1);
  return parts.join(".");
}

describe("the session cookie's name", () => {
  const original = process.env.NEXTAUTH_URL;
  afterEach(() => {
    // Assigning undefined would store the string "undefined" (the unit suite shares its process).
    if (original === undefined) delete process.env.NEXTAUTH_URL;
    else process.env.NEXTAUTH_URL = original;
  });

  test.each([
    ["http://localhost:3000", "next-auth.session-token"],
    ["https://spa.example", "__Secure-next-auth.session-token"],
  ])("site %s: %s, as next-auth names it", (url, name) => {
    process.env.NEXTAUTH_URL = url;
    expect(sessionCookieName()).toBe(name);
  });
});

describe("the token from a request's cookies", () => {
  const name = "next-auth.session-token";
  test.each([
    ["no cookies", [], null],
    ["only other cookies", [{ name: "glowbook.trusted-browser", value: "x" }], null],
    ["one whole cookie", [{ name, value: "abc" }], "abc"],
    [
      "chunks, joined in index order whatever order they came in",
      [
        { name: `${name}.1`, value: "b" },
        { name: `${name}.10`, value: "d" },
        { name: `${name}.0`, value: "a" },
        { name: `${name}.2`, value: "c" },
      ],
      "abcd",
    ],
    [
      "a look-alike name is not a chunk",
      [
        { name: `${name}-old`, value: "x" },
        { name: `${name}.x`, value: "y" },
      ],
      null,
    ],
    ["the https name is another cookie", [{ name: `__Secure-${name}`, value: "abc" }], null],
    ["an empty value", [{ name, value: "" }], null],
  ] as const)("%s", (_, cookies, token) => {
    expect(sessionTokenFrom(cookies, name)).toBe(token);
  });
});

describe("the session id in a token", () => {
  test("a token next-auth issued gives its session id, again from the cache", async () => {
    const token = await encode({ token: { sid: SID }, secret: SECRET, maxAge: 3600 });
    expect(await sessionIdFromToken(token, SECRET)).toBe(SID);
    expect(await sessionIdFromToken(token, SECRET)).toBe(SID);
  });

  test("a token read before is signed out once it expires", async () => {
    const token = await encode({ token: { sid: SID }, secret: SECRET, maxAge: 60 });
    const now = Date.now();
    expect(await sessionIdFromToken(token, SECRET, now)).toBe(SID);
    expect(await sessionIdFromToken(token, SECRET, now + 61_000)).toBeNull();
  });

  test.each([
    ["another secret's token", async () => encode({ token: { sid: SID }, secret: `${SECRET}-other`, maxAge: 3600 })],
    [
      "a tampered token (one character of its ciphertext changed)",
      async () => tamper(await encode({ token: { sid: SID }, secret: SECRET, maxAge: 3600 })),
    ],
    ["an expired token", async () => encode({ token: { sid: SID }, secret: SECRET, maxAge: -60 })],
    ["a token without a session id", async () => encode({ token: { sub: "someone" }, secret: SECRET, maxAge: 3600 })],
    ["not a token at all", async () => "not-a-jwt"],
  ])("%s: signed out", async (_, make) => {
    expect(await sessionIdFromToken(await make(), SECRET)).toBeNull();
  });
});
