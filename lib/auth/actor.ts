import "server-only";
import { getServerSession } from "next-auth";
import { cache } from "react";
import { authOptions } from "./options";
import { assertCan } from "./assert-can";
import type { Action, Actor } from "./policy";
import { findActor } from "./queries";

/**
 * The signed-in person, or null. The JWT only says who signed in; the account is re-read on
 * every request (one primary-key lookup, once per render thanks to `cache`) because a token
 * cannot be revoked: an esthetician who leaves, or an admin demoted to client, must lose access
 * to health records now, not when a 12-hour token expires. A deleted account reads as signed out.
 */
export const getActor = cache(async (): Promise<Actor | null> => {
  const session = await getServerSession(authOptions);
  const userId = session?.user?.id;
  return userId ? findActor(userId) : null;
});

/**
 * For server actions and route handlers: the actor, allowed to do `action` when one is given;
 * otherwise an AppError UNAUTHENTICATED or FORBIDDEN (map it with toActionResult).
 */
export async function requireActor(action?: Action): Promise<Actor> {
  return assertCan(await getActor(), action);
}
