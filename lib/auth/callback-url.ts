import type { Role } from "./policy";

const ORIGIN = "http://glowbook.invalid";
const AUTH_PAGES = new Set(["/signin", "/signup", "/signin/two-factor", "/signup/confirm"]);
const MAX_LENGTH = 2048;

/**
 * The open-redirect guard for `callbackUrl`: only a same-origin relative path survives, returned
 * normalised (path + query + hash); anything else is null. `//evil.com`, `/\evil.com` and
 * `https://…` resolve to another origin, so they fail the origin check; backslashes and control
 * characters are refused outright because browsers treat them inconsistently. The sign-in and
 * sign-up pages are refused too, so a callback can never send someone round in a loop.
 */
export function safeCallbackUrl(value: unknown): string | null {
  if (typeof value !== "string" || value.length === 0 || value.length > MAX_LENGTH) return null;
  if (!value.startsWith("/") || /[\\\u0000-\u001f\u007f]/.test(value)) return null;
  let url: URL;
  try {
    url = new URL(value, ORIGIN);
  } catch {
    return null;
  }
  if (url.origin !== ORIGIN || AUTH_PAGES.has(url.pathname)) return null;
  return `${url.pathname}${url.search}${url.hash}`;
}

export const HOME_BY_ROLE: Record<Role, string> = {
  ADMIN: "/admin",
  ESTHETICIAN: "/staff",
  CLIENT: "/account",
  FRONT_DESK: "/desk",
};

/** Where to go after signing in: a safe callbackUrl if one was given, else the role's home. */
export function destinationAfterSignIn(role: Role, callbackUrl: unknown): string {
  return safeCallbackUrl(callbackUrl) ?? HOME_BY_ROLE[role];
}

/** A link to an auth page that carries a (safe) callbackUrl along. */
export function authPageHref(page: "/signin" | "/signup", callbackUrl: unknown): string {
  const safe = safeCallbackUrl(callbackUrl);
  return safe ? `${page}?${new URLSearchParams({ callbackUrl: safe })}` : page;
}

/** The second step's page, carrying a (safe) callbackUrl along. */
export function secondStepHref(callbackUrl: unknown): string {
  const safe = safeCallbackUrl(callbackUrl);
  return safe ? `/signin/two-factor?${new URLSearchParams({ callbackUrl: safe })}` : "/signin/two-factor";
}
