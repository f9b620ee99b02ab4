import { NextRequest } from "next/server";
import { afterEach, describe, expect, test } from "vitest";
import { trustedBrowserCookieName, trustedBrowserCookieOptions } from "@/lib/auth/second-factor/trusted-browser";
import proxy from "@/proxy";

// proxy.ts as Next runs it, on requests as the server hands them over (forwarding headers already
// normalised by scripts/serve.ts: X-Forwarded-Proto and -Host survive only through TRUST_PROXY).

const request = (url: string, init: { method?: string; headers?: Record<string, string> } = {}) =>
  new NextRequest(url, { method: init.method ?? "GET", headers: init.headers });

describe("proxy.ts", () => {
  test("a page gets a nonce CSP, passed to Next on the request", () => {
    const response = proxy(request("http://spa.example/", { headers: { host: "spa.example" } }));
    const policy = response.headers.get("content-security-policy")!;
    expect(policy).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/]{22}==' 'strict-dynamic'/);
    expect(response.headers.get("x-middleware-request-content-security-policy")).toBe(policy);
    expect(response.headers.get("strict-transport-security")).toBeNull();
  });

  test("HSTS when the request came over HTTPS (as a trusted proxy says)", () => {
    const response = proxy(request("http://spa.example/", { headers: { host: "spa.example", "x-forwarded-proto": "https" } }));
    expect(response.headers.get("strict-transport-security")).toBe("max-age=63072000; includeSubDomains");
  });

  test.each([
    ["another site", { origin: "https://evil.example", host: "spa.example" }],
    ["another port of the same host", { origin: "http://spa.example:8080", host: "spa.example" }],
    ["a null origin", { origin: "null", host: "spa.example" }],
    ["a malformed origin", { origin: "%%%", host: "spa.example" }],
  ])("a POST from %s is 403", (_name, headers) => {
    const response = proxy(request("http://spa.example/signup", { method: "POST", headers: { ...headers, "next-action": "abc" } }));
    expect(response.status).toBe(403);
  });

  test("a POST from the site itself, or through a trusted proxy's host, goes through", () => {
    const direct = proxy(
      request("http://spa.example/signup", { method: "POST", headers: { origin: "http://spa.example", host: "spa.example" } }),
    );
    expect(direct.status).toBe(200);
    const proxied = proxy(
      request("http://10.0.0.5:3000/signup", {
        method: "POST",
        headers: { origin: "https://spa.example", host: "10.0.0.5:3000", "x-forwarded-host": "spa.example" },
      }),
    );
    expect(proxied.status).toBe(200);
  });
});

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
