import { createSession } from "@/lib/auth/session-store";

/**
 * Route handlers read the session id from next-auth's cookie (lib/auth/session-token.ts), then
 * check its row (lib/auth/actor.ts). Tests replace only the cookie with `withTestSession`
 * (below): the id names a real session row, read by the same check as live, so roles, ended
 * sessions and deleted or erased accounts behave as live. Use in a test file as:
 *
 *   vi.mock("@/lib/auth/session-token", async (original) => (await import("../support/route-session")).withTestSession(await original()));
 */
export const testCookie: { sid: string | null } = { sid: null };

export function withTestSession<T extends object>(sessionToken: T): T {
  return { ...sessionToken, requestSessionId: async () => testCookie.sid };
}

/** The next requests come from a browser signed in as this user (null: signed out). */
export async function signInRoute(userId: string | null): Promise<void> {
  testCookie.sid = userId ? await createSession({ userId, userAgent: "vitest", ip: "10.0.0.1" }) : null;
}
