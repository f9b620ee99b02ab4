import "server-only";
import { isUuid } from "@/lib/ids/uuid";
import { db as sharedDb, type DbClient } from "@/lib/db/client";
import type { Actor } from "./policy";

/** The actor for a user id, read fresh (null when the account no longer exists). */
export async function findActorById(userId: string, options: { db?: DbClient } = {}): Promise<Actor | null> {
  const { db = sharedDb } = options;
  if (!isUuid(userId)) return null;
  // A duplicate merged into another client is signed out: its records now belong to the other.
  const user = await db.user.findFirst({
    where: { id: userId, mergedIntoId: null },
    select: { id: true, role: true, email: true, name: true },
  });
  return user ? { userId: user.id, role: user.role, email: user.email ?? "", name: user.name } : null;
}
