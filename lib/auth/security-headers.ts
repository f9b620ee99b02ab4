/**
 * What the front door (scripts/lib/front-door.ts) adds to every request and response
 * (docs/decisions/0021), pure so it can be tested without a server: a nonce-based
 * Content-Security-Policy, the cross-origin check for state-changing requests, and HSTS.
 */

/**
 * Scripts run only with this request's nonce ('strict-dynamic' lets those load Next's chunks);
 * no 'unsafe-inline' for scripts. Styles keep 'unsafe-inline' (React's style attributes), which
 * cannot run code. `next dev` needs eval and its websocket. Photos in an S3-compatible store reach
 * the browser through a redirect to a short-lived presigned URL (docs/decisions/0018), so images
 * may also come from that store's origin.
 */
export function contentSecurityPolicy(nonce: string, options: { dev: boolean; photoStoreUrl?: string }): string {
  const photoStore = originOf(options.photoStoreUrl);
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${options.dev ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    `img-src 'self' data: blob:${photoStore ? ` ${photoStore}` : ""}`,
    "font-src 'self' data:",
    `connect-src 'self'${options.dev ? " ws:" : ""}`,
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}

function originOf(url: string | undefined): string | null {
  if (!url?.trim()) return null;
  try {
    return new URL(url.trim()).origin;
  } catch {
    return null;
  }
}

/** 128 random bits, base64: a fresh one for every response. */
export function newNonce(): string {
  return btoa(String.fromCharCode(...crypto.getRandomValues(new Uint8Array(16))));
}

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

/**
 * Whether a request may change state: safe methods always; others only without an Origin (not a
 * browser: no cookies were sent on anyone's behalf) or with one whose host is the host the request
 * was sent to. A malformed or "null" Origin is refused. `host` is X-Forwarded-Host when a trusted
 * proxy set it (the server drops it otherwise), else Host.
 */
export function isAllowedOrigin(request: { method: string; origin: string | null; host: string | null }): boolean {
  if (SAFE_METHODS.has(request.method.toUpperCase()) || request.origin === null) return true;
  if (!request.host) return false;
  try {
    const origin = new URL(request.origin);
    return (origin.protocol === "http:" || origin.protocol === "https:") && origin.host === request.host.toLowerCase();
  } catch {
    return false;
  }
}

/** Two years, subdomains included; sent only on responses that travelled over HTTPS. */
export const STRICT_TRANSPORT_SECURITY = "max-age=63072000; includeSubDomains";
