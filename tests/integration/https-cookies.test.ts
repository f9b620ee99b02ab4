import { afterEach, describe, expect, test } from "vitest";
import { trustedBrowserCookieName, trustedBrowserCookieOptions } from "@/lib/auth/second-factor/trusted-browser";

describe("cookies over HTTPS", () => {
  const original = process.env.NEXTAUTH_URL;
  afterEach(() => {
    process.env.NEXTAUTH_URL = original;
  });

  test("the trusted-browser cookie is Secure (and __Secure- named) when the site is https", () => {
    process.env.NEXTAUTH_URL = "https://spa.example";
    expect(trustedBrowserCookieName()).toBe("__Secure-glowbook.trusted-browser");
    expect(trustedBrowserCookieOptions(new Date())).toMatchObject({ secure: true, httpOnly: true, sameSite: "lax" });
    process.env.NEXTAUTH_URL = "http://localhost:3000";
    expect(trustedBrowserCookieOptions(new Date())).toMatchObject({ secure: false });
  });
});
