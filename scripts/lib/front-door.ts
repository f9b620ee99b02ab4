import type { IncomingHttpHeaders } from "node:http";
import { refusalAnswer, refuseRequest } from "@/lib/api/request-limits";
import { contentSecurityPolicy, isAllowedOrigin, newNonce, STRICT_TRANSPORT_SECURITY } from "@/lib/auth/security-headers";

/**
 * What every request meets in scripts/serve.ts before Next sees it (docs/decisions/0021, 0042).
 * It authorises nothing: every page, action and route handler checks the session itself.
 * - A state-changing request from another origin is refused with 403, before Next's own
 *   server-action check (which answers such a request with a 500).
 * - A body over the size limit gets 413, an address with control characters 400
 *   (lib/api/request-limits.ts, docs/decisions/0028).
 * - Each response gets a fresh CSP nonce; Next reads it from the request's CSP header and puts it
 *   on its own scripts, so scripts need no 'unsafe-inline'.
 * - HSTS when the request came over HTTPS (X-Forwarded-Proto counts only through TRUST_PROXY: the
 *   server has already dropped it otherwise).
 * Pure: the server applies the answer, the tests read it.
 */
export type FrontDoorRequest = {
  method: string;
  /** As the request line gives it: a path and query, or an absolute URL. */
  url: string;
  /** After lib/auth/client-ip.ts has normalised the forwarding headers. */
  headers: IncomingHttpHeaders;
  /** The connection is TLS. */
  encrypted: boolean;
};

export type FrontDoorAnswer =
  | { refuse: { status: number; headers: Record<string, string>; body: string } }
  | { pass: { requestHeaders: Record<string, string>; responseHeaders: Record<string, string> } };

export type FrontDoorOptions = { dev: boolean; photoStoreUrl?: string };

// Build output carries no nonce and changes no state: a GET or HEAD of it passes as it is. Any
// other method is checked whatever its path, so no path can carry a write past the checks.
const STATIC_FILES = /^\/(?:_next\/static|_next\/image|favicon\.ico)/;
const READS = new Set(["GET", "HEAD"]);

export function frontDoor(request: FrontDoorRequest, options: FrontDoorOptions): FrontDoorAnswer {
  const headers = { get: (name: string) => first(request.headers[name]) };
  let url: URL;
  try {
    url = new URL(request.url, "http://front-door.invalid");
  } catch {
    return { refuse: refusalAnswer({ status: 400, message: "The address cannot be read." }) };
  }
  if (READS.has(request.method) && STATIC_FILES.test(url.pathname)) return { pass: { requestHeaders: {}, responseHeaders: {} } };
  const host = nearest(headers.get("x-forwarded-host")) || headers.get("host");
  if (!isAllowedOrigin({ method: request.method, origin: headers.get("origin"), host })) {
    return { refuse: { status: 403, headers: { "Content-Type": "text/plain" }, body: "Cross-origin request refused." } };
  }
  const refusal = refuseRequest({ method: request.method, url, headers });
  if (refusal) return { refuse: refusalAnswer(refusal) };
  const nonce = newNonce();
  const policy = contentSecurityPolicy(nonce, options);
  const responseHeaders: Record<string, string> = { "Content-Security-Policy": policy };
  const https = nearest(headers.get("x-forwarded-proto")) === "https" || request.encrypted;
  if (https) responseHeaders["Strict-Transport-Security"] = STRICT_TRANSPORT_SECURITY;
  return { pass: { requestHeaders: { "x-nonce": nonce, "content-security-policy": policy }, responseHeaders } };
}

function first(value: string | string[] | undefined): string | null {
  if (value === undefined) return null;
  return Array.isArray(value) ? value.join(", ") : value;
}

/** The first entry of a forwarding header: what the outermost trusted proxy saw. */
function nearest(value: string | null): string | undefined {
  return value?.split(",")[0]?.trim();
}
