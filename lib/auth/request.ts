import "server-only";
import { headers } from "next/headers";
import { clientAddress, UNKNOWN_ADDRESS } from "./client-ip";

// App layer only (server actions and route handlers), like page-guard.ts: the request's own facts.

/** The client's address bucket (UNKNOWN_ADDRESS when there is none) and User-Agent, for this request. */
export async function requestClient(): Promise<{ ip: string; userAgent: string }> {
  const bag = await headers();
  return {
    ip: clientAddress({ "x-forwarded-for": bag.get("x-forwarded-for") ?? undefined }),
    userAgent: (bag.get("user-agent") ?? "").slice(0, 512),
  };
}

/** Where a signature or a consent was given, as stored with it: null for what the request did not tell. */
export async function signatureMeta(): Promise<{ ip: string | null; userAgent: string | null }> {
  const { ip, userAgent } = await requestClient();
  return { ip: ip === UNKNOWN_ADDRESS ? null : ip, userAgent: userAgent || null };
}

export { UNKNOWN_ADDRESS };
