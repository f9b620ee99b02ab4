import { describe, expect, test } from "vitest";
import { contentSecurityPolicy, isAllowedOrigin, newNonce } from "./security-headers";

describe("contentSecurityPolicy", () => {
  test("scripts need the nonce: no 'unsafe-inline' and no eval in production", () => {
    const policy = contentSecurityPolicy("abc123", { dev: false });
    const scripts = policy.split("; ").find((directive) => directive.startsWith("script-src"));
    expect(scripts).toBe("script-src 'self' 'nonce-abc123' 'strict-dynamic'");
    expect(policy).toContain("frame-ancestors 'none'");
    expect(policy).toContain("object-src 'none'");
    expect(policy).not.toContain("ws:");
  });

  test("next dev gets eval and its websocket", () => {
    const policy = contentSecurityPolicy("abc123", { dev: true });
    expect(policy).toContain("'unsafe-eval'");
    expect(policy).toContain("connect-src 'self' ws:");
  });

  test.each([
    [undefined, "img-src 'self' data: blob:"],
    ["", "img-src 'self' data: blob:"],
    ["not a url", "img-src 'self' data: blob:"],
    ["https://photos.example.com:9000/bucket", "img-src 'self' data: blob: https://photos.example.com:9000"],
  ])("photos from an S3 store at %j may be shown as images", (photoStoreUrl, directive) => {
    const policy = contentSecurityPolicy("abc123", { dev: false, photoStoreUrl });
    expect(policy.split("; ")).toContain(directive);
  });
});

test("a nonce is 128 bits of base64, new every time", () => {
  const a = newNonce();
  expect(a).toMatch(/^[A-Za-z0-9+/]{22}==$/);
  expect(newNonce()).not.toBe(a);
});

describe("isAllowedOrigin", () => {
  test.each([
    ["GET from anywhere", "GET", "https://evil.example", "spa.example", true],
    ["POST without Origin (not a browser)", "POST", null, "spa.example", true],
    ["POST from the same host", "POST", "https://spa.example", "spa.example", true],
    ["POST from the same host and port", "POST", "http://127.0.0.1:3214", "127.0.0.1:3214", true],
    ["POST from the same host, Host in capitals", "POST", "https://spa.example", "SPA.example", true],
    ["POST from another site", "POST", "https://evil.example", "spa.example", false],
    ["POST from another port", "POST", "http://127.0.0.1:9999", "127.0.0.1:3214", false],
    ["POST from a sandboxed frame", "POST", "null", "spa.example", false],
    ["POST with a malformed Origin", "POST", "not a url", "spa.example", false],
    ["POST with a non-web scheme", "POST", "file://spa.example", "spa.example", false],
    ["POST with no Host at all", "POST", "https://spa.example", null, false],
    ["DELETE from another site", "DELETE", "https://evil.example", "spa.example", false],
  ])("%s → %s", (_name, method, origin, host, allowed) => {
    expect(isAllowedOrigin({ method, origin, host })).toBe(allowed);
  });
});
