import "server-only";
import { decode } from "next-auth/jwt";
import { cookies } from "next/headers";
import { isHttpsSite } from "./site";

/**
 * The session id a request's next-auth cookie carries, read without next-auth's request handler
 * (docs/decisions/0043). getServerSession runs the whole "session" action for every page and
 * route: it derives the key and decrypts the token, runs the callbacks, then derives the key again
 * and encrypts a renewed token whose cookie a server component cannot even set. Only the decrypted
 * session id is used (lib/auth/actor.ts checks its row in Postgres on every request), so that is
 * all this reads: next-auth's own cookie name and chunks, next-auth's own `decode`.
 */

type Cookie = { name: string; value: string };

/** The session id this request's cookie carries (not yet checked against its row), or null. */
export async function requestSessionId(): Promise<string | null> {
  const token = sessionTokenFrom((await cookies()).getAll());
  const secret = process.env.NEXTAUTH_SECRET;
  return token && secret ? sessionIdFromToken(token, secret) : null;
}

/**
 * next-auth's session cookie name: "__Secure-" prefixed when the site is https. authOptions sets
 * next-auth's useSecureCookies from the same isHttpsSite(), so the two cannot disagree.
 */
export function sessionCookieName(): string {
  return `${isHttpsSite() ? "__Secure-" : ""}next-auth.session-token`;
}

/**
 * The token from the request's cookies: next-auth splits one larger than a cookie may be into
 * `name.0`, `name.1`, … and joins them in index order (its SessionStore); null when there is none.
 * Stricter than next-auth, which takes any cookie whose name starts with `name`: a stray
 * `name-old` is not joined in here.
 */
export function sessionTokenFrom(cookies: readonly Cookie[], name = sessionCookieName()): string | null {
  const parts = cookies.filter((cookie) => cookie.name === name || chunkIndex(cookie.name, name) !== null);
  if (parts.length === 0) return null;
  const ordered = parts.sort((a, b) => (chunkIndex(a.name, name) ?? 0) - (chunkIndex(b.name, name) ?? 0));
  return ordered.map((cookie) => cookie.value).join("") || null;
}

function chunkIndex(cookieName: string, name: string): number | null {
  if (!cookieName.startsWith(`${name}.`)) return null;
  const suffix = cookieName.slice(name.length + 1);
  return /^\d+$/.test(suffix) ? Number(suffix) : null;
}

// A token decrypted once is the same claim until it expires: later requests with the very same
// string skip the key derivation and the decryption. Only tokens that decrypted are kept, with
// their expiry; the map is a bounded LRU (a browser renews its token now and then, the old one ages out).
const MAX_TOKENS = 2_000;
const decoded = new Map<string, { sid: string; expiresAt: number }>();

/**
 * The session id in `token` (null when it does not decrypt with the secret, has expired, or
 * names no session). `now` only decides the expiry of a cached token; a fresh one is checked by
 * next-auth's `decode`, with its 15 seconds of clock tolerance.
 */
export async function sessionIdFromToken(token: string, secret: string, now = Date.now()): Promise<string | null> {
  const key = `${secret.length}:${secret}|${token}`;
  const known = decoded.get(key);
  if (known) {
    decoded.delete(key);
    if (known.expiresAt <= now) return null;
    decoded.set(key, known);
    return known.sid;
  }
  let payload: Awaited<ReturnType<typeof decode>>;
  try {
    payload = await decode({ token, secret });
  } catch {
    return null; // tampered, another secret's, or expired: signed out
  }
  const sid = payload?.sid;
  if (typeof sid !== "string" || typeof payload?.exp !== "number") return null;
  // One within decode's clock tolerance of its expiry is let in this once, not remembered.
  if (payload.exp * 1000 > now) decoded.set(key, { sid, expiresAt: payload.exp * 1000 });
  while (decoded.size > MAX_TOKENS) decoded.delete(decoded.keys().next().value!);
  return sid;
}
