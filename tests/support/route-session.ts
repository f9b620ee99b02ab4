import type { AuthOptions } from "next-auth";
import { createSession } from "@/lib/auth/session-store";

/**
 * Route handlers read the session through next-auth's getServerSession. Tests mock it with
 * `withTestSession` (below): the cookie names a real session row, and next-auth's own callbacks
 * (lib/auth/options.ts) read it, so roles, ended sessions and deleted or erased accounts behave as
 * live. Use in a test file as:
 *
 *   vi.mock("next-auth", async (original) => (await import("../support/route-session")).withTestSession(await original()));
 */
export const testCookie: { sid: string | null } = { sid: null };

export function withTestSession<T extends object>(nextAuth: T): T {
  return {
    ...nextAuth,
    getServerSession: async (options: AuthOptions) => {
      if (!testCookie.sid) return null;
      try {
        const token = await options.callbacks!.jwt!({ token: { sid: testCookie.sid }, account: null, user: undefined as never });
        return options.callbacks!.session!({
          session: { expires: "2099-01-01T00:00:00.000Z" } as never,
          token,
          user: undefined as never,
          newSession: undefined,
          trigger: "update",
        });
      } catch {
        return null; // next-auth: an ended session reads as signed out
      }
    },
  };
}

/** The next requests come from a browser signed in as this user (null: signed out). */
export async function signInRoute(userId: string | null): Promise<void> {
  testCookie.sid = userId ? await createSession({ userId, userAgent: "vitest", ip: "10.0.0.1" }) : null;
}
