import "server-only";
import { cookies } from "next/headers";
import { trustedBrowserCookieName, trustedBrowserCookieOptions } from "./second-factor/trusted-browser";

// App layer only (actions), like request.ts: the "trust this browser" cookie.

export async function readTrustedBrowserCookie(): Promise<string | undefined> {
  return (await cookies()).get(trustedBrowserCookieName())?.value;
}

export async function writeTrustedBrowserCookie(value: string, now = new Date()): Promise<void> {
  (await cookies()).set(trustedBrowserCookieName(), value, trustedBrowserCookieOptions(now));
}
