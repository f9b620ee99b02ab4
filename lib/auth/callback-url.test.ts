import { describe, expect, test } from "vitest";
import { authPageHref, destinationAfterSignIn, safeCallbackUrl } from "./callback-url";

describe("safeCallbackUrl (open-redirect guard)", () => {
  test.each([
    ["/account", "/account"],
    ["/admin/staff?tab=hours#mon", "/admin/staff?tab=hours#mon"],
    ["/book?service=deep-pore-cleansing-facial", "/book?service=deep-pore-cleansing-facial"],
    ["/staff/../account", "/account"],
    ["/a b", "/a%20b"],
    ["/", "/"],
  ])("keeps the same-origin path %j as %j", (input, expected) => {
    expect(safeCallbackUrl(input)).toBe(expected);
  });

  test.each([
    ["protocol-relative", "//evil.example/phish"],
    ["protocol-relative with triple slash", "///evil.example"],
    ["backslash trick", "/\\evil.example"],
    ["backslash only", "\\\\evil.example"],
    ["absolute https", "https://evil.example/account"],
    ["absolute same-looking host", "http://glowbook.invalid/account"],
    ["javascript scheme", "javascript:alert(1)"],
    ["data scheme", "data:text/html,hi"],
    ["relative without slash", "account"],
    ["tab inside the authority", "/\t/evil.example"],
    ["newline", "/account\n"],
    ["empty", ""],
    ["too long", `/${"a".repeat(2048)}`],
    ["the sign-in page (loop)", "/signin"],
    ["the sign-in page with a query", "/signin?callbackUrl=/admin"],
    ["the sign-up page", "/signup"],
  ])("refuses %s", (_name, input) => {
    expect(safeCallbackUrl(input)).toBeNull();
  });

  test.each([[undefined], [null], [42], [["/account"]], [{ href: "/account" }]])("refuses the non-string %j", (input) => {
    expect(safeCallbackUrl(input)).toBeNull();
  });
});

describe("destinationAfterSignIn", () => {
  test.each([
    ["ADMIN", undefined, "/admin"],
    ["ESTHETICIAN", undefined, "/staff"],
    ["CLIENT", undefined, "/account"],
    ["FRONT_DESK", undefined, "/desk"],
    ["CLIENT", "/book?service=x", "/book?service=x"],
    ["ADMIN", "//evil.example", "/admin"],
    ["ESTHETICIAN", "https://evil.example", "/staff"],
  ] as const)("%s with callbackUrl %j → %s", (role, callbackUrl, expected) => {
    expect(destinationAfterSignIn(role, callbackUrl)).toBe(expected);
  });
});

describe("authPageHref", () => {
  test.each([
    ["/signup", "/book?service=x&staff=any", "/signup?callbackUrl=%2Fbook%3Fservice%3Dx%26staff%3Dany"],
    ["/signin", "/account", "/signin?callbackUrl=%2Faccount"],
    ["/signin", "//evil.example", "/signin"],
    ["/signup", null, "/signup"],
  ] as const)("%s keeping %j → %s", (page, callbackUrl, expected) => {
    expect(authPageHref(page, callbackUrl)).toBe(expected);
  });
});
