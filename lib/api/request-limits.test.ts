import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, test } from "vitest";
import { refuseRequest, REQUEST_BODY_LIMIT_BYTES } from "./request-limits";

const facts = (method: string, url: string, headers: Record<string, string> = {}) => ({
  method,
  url: new URL(url, "http://spa.example"),
  headers: new Headers(headers),
});

describe("refuseRequest", () => {
  test.each([
    ["a page", facts("GET", "/book?date=2026-12-01")],
    ["a search with accents and emoji", facts("GET", "/admin/clients?q=Zo%C3%AB%20%F0%9F%91%A9")],
    ["a small action body", facts("POST", "/book", { "content-length": "512", "next-action": "abc" })],
    ["a body at the limit", facts("POST", "/api/v1/appointments", { "content-length": String(REQUEST_BODY_LIMIT_BYTES) })],
    ["a POST without a body", facts("POST", "/api/auth/signout")],
    ["a photo over the general limit (its route enforces 25 MB)", facts("POST", "/api/v1/photos", { "content-length": "20000000" })],
    [
      "an import file over the general limit (its route enforces 40 MB)",
      facts("POST", "/admin/import/upload", { "content-length": "30000000" }),
    ],
  ])("lets through %s", (_label, request) => {
    expect(refuseRequest(request)).toBeNull();
  });

  test.each([
    ["a NUL in the query", facts("GET", "/book?service=a%00b"), 400],
    ["an escape in a query name", facts("GET", "/admin/audit?%1B=1"), 400],
    ["a NUL in the path", facts("GET", "/api/v1/appointments/a%00.ics"), 400],
    ["a malformed escape in the path", facts("GET", "/api/v1/homecare/%E0%A4%A"), 400],
    [
      "an action body over the limit",
      facts("POST", "/book", { "content-length": String(REQUEST_BODY_LIMIT_BYTES + 1), "next-action": "a" }),
      413,
    ],
    ["a route handler body over the limit", facts("POST", "/api/v1/appointments", { "content-length": "50000000" }), 413],
    ["a chunked body of unknown length", facts("POST", "/signup", { "transfer-encoding": "chunked" }), 411],
    ["an unreadable length", facts("POST", "/signup", { "content-length": "12abc" }), 400],
  ])("refuses %s", (_label, request, status) => {
    expect(refuseRequest(request)?.status).toBe(status);
  });

  test("next.config.js sets Next's own server-action limit to the same size", () => {
    const config = readFileSync(path.join(process.cwd(), "next.config.js"), "utf8");
    expect(config).toContain('bodySizeLimit: "1mb"');
    expect(REQUEST_BODY_LIMIT_BYTES).toBe(1024 * 1024);
  });
});
