import "server-only";
import { createHash, randomBytes } from "node:crypto";
import { db as sharedDb, type DbClient } from "@/lib/db/client";
import { isHttpsSite } from "../site";

/**
 * "Trust this browser for 30 days": after a second step, the browser keeps a random token in an
 * HttpOnly cookie and the database its SHA-256. A later sign-in with the right password from that
 * browser skips the second step. Several people may share one browser (the front desk), so the
 * cookie holds up to four tokens; each row belongs to one user, so a token helps nobody else.
 */
export const TRUSTED_BROWSER_DAYS = 30;
const MAX_TOKENS = 4;
const TOKEN = /^[A-Za-z0-9_-]{43}$/;

export function trustedBrowserCookieName(): string {
  return isHttpsSite() ? "__Secure-glowbook.trusted-browser" : "glowbook.trusted-browser";
}

export function trustedBrowserCookieOptions(now: Date) {
  return {
    httpOnly: true,
    secure: isHttpsSite(),
    sameSite: "lax" as const,
    path: "/",
    expires: new Date(now.getTime() + TRUSTED_BROWSER_DAYS * 86_400_000),
  };
}

/** The tokens in a cookie value; anything malformed is ignored. */
export function readTrustedTokens(cookieValue: string | undefined): string[] {
  return (cookieValue ?? "")
    .split(".")
    .filter((token) => TOKEN.test(token))
    .slice(-MAX_TOKENS);
}

/** The cookie value from a raw Cookie header (next-auth's authorize sees only headers). */
export function trustedTokensFromCookieHeader(header: string | string[] | undefined): string[] {
  const name = trustedBrowserCookieName();
  const raw = (Array.isArray(header) ? header.join("; ") : (header ?? "")).slice(0, 8192);
  const pair = raw
    .split(";")
    .map((part) => part.trim())
    .find((part) => part.startsWith(`${name}=`));
  return readTrustedTokens(pair?.slice(name.length + 1));
}

function hashToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

export async function isBrowserTrusted(userId: string, tokens: string[], options: { now?: Date; db?: DbClient } = {}): Promise<boolean> {
  const { now = new Date(), db = sharedDb } = options;
  if (tokens.length === 0) return false;
  const found = await db.trustedBrowser.count({ where: { userId, tokenHash: { in: tokens.map(hashToken) }, expiresAt: { gt: now } } });
  return found > 0;
}

/** Trusts this browser for the user; returns the new cookie value (older tokens kept). */
export async function trustBrowser(
  input: { userId: string; userAgent: string; existingTokens: string[] },
  options: { now?: Date; db?: DbClient } = {},
): Promise<string> {
  const { now = new Date(), db = sharedDb } = options;
  const token = randomBytes(32).toString("base64url");
  await db.trustedBrowser.deleteMany({ where: { userId: input.userId, expiresAt: { lte: now } } });
  await db.trustedBrowser.create({
    data: {
      userId: input.userId,
      tokenHash: hashToken(token),
      userAgent: input.userAgent.slice(0, 512),
      createdAt: now,
      expiresAt: new Date(now.getTime() + TRUSTED_BROWSER_DAYS * 86_400_000),
    },
  });
  return [...input.existingTokens.slice(-(MAX_TOKENS - 1)), token].join(".");
}

export async function forgetTrustedBrowsers(userId: string, options: { db?: DbClient } = {}): Promise<number> {
  const { db = sharedDb } = options;
  const { count } = await db.trustedBrowser.deleteMany({ where: { userId } });
  return count;
}
