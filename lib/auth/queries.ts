import "server-only";
import { isUuid } from "@/lib/ids/uuid";
import { db as sharedDb, type Db } from "@/lib/db/client";
import type { Actor } from "./policy";

/**
 * The actor for a session's user id, read fresh from the database: null when the account no
 * longer exists, and the current role rather than the one in the token (see lib/auth/actor.ts).
 */
export async function findActor(userId: string, options: { db?: Db } = {}): Promise<Actor | null> {
  const { db = sharedDb } = options;
  if (!isUuid(userId)) return null;
  // A duplicate merged into another client is signed out: its records now belong to the other.
  const user = await db.user.findFirst({
    where: { id: userId, mergedIntoId: null },
    select: { id: true, role: true, email: true, name: true },
  });
  return user ? { userId: user.id, role: user.role, email: user.email ?? "", name: user.name } : null;
}
