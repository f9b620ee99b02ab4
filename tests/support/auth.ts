import { createSession } from "@/lib/auth/session-store";
import type { SignedInSession } from "@/lib/auth/actor";
import type { SecondFactorMethod } from "@/lib/auth/session-rules";
import { findSessionState } from "@/lib/auth/session-store";
import type { CreatedUser } from "../factories/users";

/** A random address in 10/8, so tests never share a rate-limit bucket. */
export const freshIp = () => `10.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}`;

/**
 * Signs a user in as next-auth would (a session row) and reads the session back the way each
 * request does, so tests see the same second-step state the app would.
 */
export async function signInAs(
  created: CreatedUser,
  options: { secondFactor?: SecondFactorMethod; now?: Date } = {},
): Promise<SignedInSession> {
  const now = options.now ?? new Date();
  const sessionId = await createSession(
    {
      userId: created.user.id,
      userAgent: "vitest",
      ip: freshIp(),
      ...(options.secondFactor ? { secondFactor: options.secondFactor } : {}),
    },
    { now },
  );
  return readSession(sessionId, now);
}

/** The session as the next request would see it (throws when it has ended). */
export async function readSession(sessionId: string, now = new Date()): Promise<SignedInSession> {
  const state = await findSessionState(sessionId, { now });
  if (!state) throw new Error(`session ${sessionId} has ended`);
  return state;
}
