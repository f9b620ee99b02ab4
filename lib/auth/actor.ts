import "server-only";
import { cache } from "react";
import { assertCan } from "./assert-can";
import type { Action, Actor } from "./policy";
import type { SecondFactorState } from "./session-rules";
import { findSessionState } from "./session-store";
import { requestSessionId } from "./session-token";

/** The browser's session as this request sees it: who, which session, and the second step's state. */
export type SignedInSession = { sessionId: string; actor: Actor; secondFactor: SecondFactorState };

/**
 * The session behind this request, or null. Reading it checks the session row in Postgres (one
 * primary-key statement, once per render thanks to `cache`; lib/auth/session-store.ts): a
 * signed-out or revoked session, an idle or expired one, a deleted account all read as signed
 * out, and the role is the account's current one, not the one the token was issued with. The
 * cookie is next-auth's, read by lib/auth/session-token.ts (the same check next-auth's jwt
 * callback makes for /api/auth/session, lib/auth/options.ts).
 */
export const getSignedInSession = cache(async (): Promise<SignedInSession | null> => {
  const sessionId = await requestSessionId();
  return sessionId ? findSessionState(sessionId) : null;
});

/**
 * The signed-in person, or null. A session still owing its second step has no actor: it cannot
 * reach a page, action or route handler as its user, only the second step itself.
 */
export const getActor = cache(async (): Promise<Actor | null> => {
  const session = await getSignedInSession();
  return session?.secondFactor === "complete" ? session.actor : null;
});

/**
 * For server actions and route handlers: the actor, allowed to do `action` when one is given;
 * otherwise an AppError UNAUTHENTICATED or FORBIDDEN (map it with toActionResult).
 */
export async function requireActor(action?: Action): Promise<Actor> {
  return assertCan(await getActor(), action);
}
