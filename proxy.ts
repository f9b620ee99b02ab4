import { NextResponse, type NextRequest } from "next/server";
import { refusalResponse, refuseRequest } from "@/lib/api/request-limits";
import { contentSecurityPolicy, isAllowedOrigin, newNonce, STRICT_TRANSPORT_SECURITY } from "@/lib/auth/security-headers";

/**
 * Runs before every page, action and route handler (docs/decisions/0021):
 * - a state-changing request from another origin is refused with 403 here, before Next's own
 *   server-action check (which answers such a request with a 500);
 * - each response gets a fresh CSP nonce; Next reads it from the request's CSP header and puts it
 *   on its own scripts, so scripts need no 'unsafe-inline';
 * - a body over the size limit gets 413, an address with control characters 400
 *   (lib/api/request-limits.ts, docs/decisions/0028);
 * - HSTS when the request came over HTTPS (X-Forwarded-Proto counts only through TRUST_PROXY: the
 *   server drops it otherwise).
 * It authorises nothing: every page, action and route handler checks the session itself.
 */
export default function proxy(request: NextRequest) {
  const host = request.headers.get("x-forwarded-host")?.split(",")[0]?.trim() || request.headers.get("host");
  if (!isAllowedOrigin({ method: request.method, origin: request.headers.get("origin"), host })) {
    return new NextResponse("Cross-origin request refused.", { status: 403, headers: { "Content-Type": "text/plain" } });
  }
  const refusal = refuseRequest({ method: request.method, url: request.nextUrl, headers: request.headers });
  if (refusal) return refusalResponse(refusal);
  const nonce = newNonce();
  const policy = contentSecurityPolicy(nonce, { dev: process.env.NODE_ENV !== "production", photoStoreUrl: process.env.S3_URL });
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("x-nonce", nonce);
  requestHeaders.set("content-security-policy", policy);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("Content-Security-Policy", policy);
  const https = request.headers.get("x-forwarded-proto")?.split(",")[0]?.trim() === "https" || request.nextUrl.protocol === "https:";
  if (https) response.headers.set("Strict-Transport-Security", STRICT_TRANSPORT_SECURITY);
  return response;
}

export const config = {
  // Static build output carries no nonce and changes no state.
  matcher: [{ source: "/((?!_next/static|_next/image|favicon.ico).*)" }],
};
