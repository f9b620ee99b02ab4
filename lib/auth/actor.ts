import "server-only";
import { getServerSession } from "next-auth";
import { cache } from "react";
import { authOptions } from "./options";
import { assertCan } from "./assert-can";
import { isRole, type Action, type Actor } from "./policy";
import type { SecondFactorState } from "./session-rules";

/** The browser's session as this request sees it: who, which session, and the second step's state. */
export type SignedInSession = { sessionId: string; actor: Actor; secondFactor: SecondFactorState };

/**
 * The session behind this request, or null. Reading it checks the session row in Postgres (one
 * primary-key statement, once per render thanks to `cache`; lib/auth/options.ts): a signed-out or
 * revoked session, an idle or expired one, a deleted account all read as signed out, and the role
 * is the account's current one, not the one the token was issued with.
 */
export const getSignedInSession = cache(async (): Promise<SignedInSession | null> => {
  const session = await getServerSession(authOptions);
  const user = session?.user;
  if (!session || !user?.id || !session.sessionId || !isRole(user.role)) return null;
  return {
    sessionId: session.sessionId,
    actor: { userId: user.id, role: user.role, email: user.email, name: user.name },
    secondFactor: session.secondFactor,
  };
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
