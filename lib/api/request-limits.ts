/**
 * The limits every request meets at the front door (scripts/lib/front-door.ts, run by
 * scripts/serve.ts) before a page, an action or a route handler runs (docs/decisions/0028). Pure,
 * so it is tested without a server.
 *
 * - A body over REQUEST_BODY_LIMIT_BYTES is refused with 413 by its declared Content-Length, for
 *   server actions and route handlers alike (Next's own server-action limit, set to the same size in
 *   next.config.js, answers 500, so it is only the backstop). The photo upload (25 MB) and the
 *   import upload (40 MB) have their own limits, checked by their routes as they stream.
 * - A state-changing request with a body of undeclared length (chunked) is refused with 411: the
 *   limit must be known before the body is read. Browsers always declare it.
 * - A path or query holding control characters (a NUL, most often) is refused with 400: no page of
 *   ours takes one, and PostgreSQL answers a NUL with an error.
 */
export const REQUEST_BODY_LIMIT_BYTES = 1024 * 1024;

/** Routes with a larger, self-enforced limit (lib/api/multipart-upload.ts). */
export const OWN_LIMIT_ROUTES: ReadonlySet<string> = new Set(["/api/v1/photos", "/admin/import/upload"]);

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);
const CONTROL_CHARACTERS = /[\u0000-\u001F\u007F-\u009F]/;

export type RequestFacts = {
  method: string;
  url: URL;
  headers: { get(name: string): string | null };
};

export type Refusal = { status: 400 | 411 | 413; message: string };

/** Why this request is refused before anything reads it, or null. */
export function refuseRequest({ method, url, headers }: RequestFacts): Refusal | null {
  if (hasControlCharacters(url)) return { status: 400, message: "The address holds characters that are not allowed." };
  if (SAFE_METHODS.has(method) || OWN_LIMIT_ROUTES.has(url.pathname)) return null;
  const declared = headers.get("content-length");
  if (declared === null) {
    return headers.get("transfer-encoding") ? { status: 411, message: "Send the request with its length (Content-Length)." } : null;
  }
  const length = Number(declared);
  if (!/^\d+$/.test(declared.trim()) || !Number.isSafeInteger(length))
    return { status: 400, message: "The request's length cannot be read." };
  if (length > REQUEST_BODY_LIMIT_BYTES) {
    return { status: 413, message: `This request is larger than ${REQUEST_BODY_LIMIT_BYTES / 1024 / 1024} MB. Send less at once.` };
  }
  return null;
}

function hasControlCharacters(url: URL): boolean {
  let path: string;
  try {
    path = decodeURIComponent(url.pathname);
  } catch {
    return true;
  }
  if (CONTROL_CHARACTERS.test(path)) return true;
  for (const [key, value] of url.searchParams) if (CONTROL_CHARACTERS.test(key) || CONTROL_CHARACTERS.test(value)) return true;
  return false;
}

/** The refusal as the JSON API answers every error (`{ error: { code, message } }`), for the server to write. */
export function refusalAnswer(refusal: Refusal): { status: number; headers: Record<string, string>; body: string } {
  const code = refusal.status === 413 ? "PAYLOAD_TOO_LARGE" : "BAD_REQUEST";
  return {
    status: refusal.status,
    headers: { "Content-Type": "application/json", "Cache-Control": "no-store" },
    body: JSON.stringify({ error: { code, message: refusal.message } }),
  };
}
