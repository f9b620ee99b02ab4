import "server-only";
import { db as sharedDb, type Db } from "@/lib/db/client";
import type { Actor } from "./policy";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The actor for a session's user id, read fresh from the database: null when the account no
 * longer exists, and the current role rather than the one in the token (see lib/auth/actor.ts).
 */
export async function findActor(userId: string, options: { db?: Db } = {}): Promise<Actor | null> {
  const { db = sharedDb } = options;
  if (!UUID.test(userId)) return null;
  const user = await db.user.findUnique({ where: { id: userId }, select: { id: true, role: true, email: true, name: true } });
  return user ? { userId: user.id, role: user.role, email: user.email, name: user.name } : null;
}
