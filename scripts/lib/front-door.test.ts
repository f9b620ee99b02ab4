import { describe, expect, test } from "vitest";
import { frontDoor, type FrontDoorAnswer, type FrontDoorRequest } from "./front-door";

// The front door as scripts/serve.ts runs it, on requests as the server hands them over (forwarding
// headers already normalised: X-Forwarded-Proto and -Host survive only through TRUST_PROXY).

const request = (url: string, init: Partial<FrontDoorRequest> = {}): FrontDoorRequest => ({
  method: "GET",
  url,
  headers: { host: "spa.example" },
  encrypted: false,
  ...init,
});
const production = { dev: false };

function passed(answer: FrontDoorAnswer) {
  if (!("pass" in answer)) throw new Error(`refused with ${answer.refuse.status}: ${answer.refuse.body}`);
  return answer.pass;
}
function refused(answer: FrontDoorAnswer) {
  if (!("refuse" in answer)) throw new Error("passed");
  return answer.refuse;
}

describe("frontDoor", () => {
  test("a page gets a nonce CSP on its response, and the same policy and nonce on the request for Next", () => {
    const { requestHeaders, responseHeaders } = passed(frontDoor(request("/book?service=x"), production));
    const policy = responseHeaders["Content-Security-Policy"]!;
    expect(policy).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/]{22}==' 'strict-dynamic'/);
    expect(requestHeaders["content-security-policy"]).toBe(policy);
    expect(policy).toContain(`'nonce-${requestHeaders["x-nonce"]}'`);
    expect(responseHeaders["Strict-Transport-Security"]).toBeUndefined();
  });

  test("every response gets a nonce of its own", () => {
    const nonces = new Set(Array.from({ length: 20 }, () => passed(frontDoor(request("/"), production)).requestHeaders["x-nonce"]));
    expect(nonces.size).toBe(20);
  });

  test("the S3 photo store's origin is allowed for images; next dev gets eval", () => {
    const { responseHeaders } = passed(frontDoor(request("/"), { dev: true, photoStoreUrl: "https://photos.example/bucket" }));
    expect(responseHeaders["Content-Security-Policy"]).toContain("img-src 'self' data: blob: https://photos.example");
    expect(responseHeaders["Content-Security-Policy"]).toContain("'unsafe-eval'");
  });

  test.each([
    ["a trusted proxy says HTTPS", { headers: { host: "spa.example", "x-forwarded-proto": "https" } }],
    ["the connection itself is TLS", { encrypted: true }],
  ])("HSTS when %s", (_name, init) => {
    const { responseHeaders } = passed(frontDoor(request("/", init), production));
    expect(responseHeaders["Strict-Transport-Security"]).toBe("max-age=63072000; includeSubDomains");
  });

  test.each(["/_next/static/chunks/app.js", "/_next/image?url=%2Fx.png&w=64&q=75", "/favicon.ico"])(
    "build output (%s) is read untouched: no nonce",
    (url) => {
      expect(frontDoor(request(url), production)).toEqual({ pass: { requestHeaders: {}, responseHeaders: {} } });
    },
  );

  test.each(["/_next/static/chunks/app.js", "/_next/static%2F..%2F..%2Fsignup", "/favicon.ico"])(
    "a POST to a build-output path (%s) from another site is still 403: no path carries a write past the checks",
    (url) => {
      const answer = frontDoor(
        request(url, { method: "POST", headers: { host: "spa.example", origin: "https://evil.example" } }),
        production,
      );
      expect(refused(answer).status).toBe(403);
    },
  );

  test.each([
    ["another site", { origin: "https://evil.example", host: "spa.example" }],
    ["another port of the same host", { origin: "http://spa.example:8080", host: "spa.example" }],
    ["a null origin", { origin: "null", host: "spa.example" }],
    ["a malformed origin", { origin: "%%%", host: "spa.example" }],
  ])("a POST from %s is 403", (_name, headers) => {
    const answer = refused(frontDoor(request("/signup", { method: "POST", headers: { ...headers, "next-action": "abc" } }), production));
    expect(answer).toEqual({ status: 403, headers: { "Content-Type": "text/plain" }, body: "Cross-origin request refused." });
  });

  test("a POST from the site itself, or through a trusted proxy's host, goes through", () => {
    passed(frontDoor(request("/signup", { method: "POST", headers: { origin: "http://spa.example", host: "spa.example" } }), production));
    passed(
      frontDoor(
        request("/signup", {
          method: "POST",
          headers: { origin: "https://spa.example", host: "10.0.0.5:3000", "x-forwarded-host": "spa.example" },
        }),
        production,
      ),
    );
  });

  test.each([
    [
      "a body over 1 MB",
      request("/api/v1/appointments", { method: "POST", headers: { host: "spa.example", "content-length": "1048577" } }),
      413,
    ],
    [
      "a body of undeclared length",
      request("/api/v1/appointments", { method: "POST", headers: { host: "spa.example", "transfer-encoding": "chunked" } }),
      411,
    ],
    ["a NUL in the address", request("/book?service=%00"), 400],
  ])("%s is refused with %i, as the JSON API answers errors", (_name, input, status) => {
    const answer = refused(frontDoor(input, production));
    expect(answer.status).toBe(status);
    expect(answer.headers).toEqual({ "Content-Type": "application/json", "Cache-Control": "no-store" });
    expect(JSON.parse(answer.body)).toMatchObject({ error: { code: status === 413 ? "PAYLOAD_TOO_LARGE" : "BAD_REQUEST" } });
  });
});
