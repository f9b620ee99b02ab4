import type { Actor } from "@/lib/auth/policy";
import { db } from "@/lib/db/client";
import { createEsthetician, createLocation, createService } from "../factories/spa";
import { createUser } from "../factories/users";

/** A real user as an Actor (audit rows reference the acting user). */
export async function createActor(role: Actor["role"]): Promise<Actor> {
  const { user } = await createUser({ role });
  return { userId: user.id, role, email: user.email, name: user.name };
}

// 2030-03-04 is a Monday in New York (EST, UTC−5): 10:00 local = 15:00Z.
export const NOW = new Date("2030-03-01T12:00:00Z");
export const MONDAY_HOURS = [{ weekday: 1, startMinute: 9 * 60, endMinute: 17 * 60 }];

/** A location with one service and one esthetician working Mondays 9–5, plus a client. */
export async function createSpa() {
  const location = await createLocation();
  const service = await createService(location.id);
  const { profile, user } = await createEsthetician(location.id, { serviceIds: [service.id], hours: MONDAY_HOURS });
  const { user: client } = await createUser({ role: "CLIENT" });
  return { location, service, staff: profile, staffUser: user, client };
}

export function auditEvents(entityId: string, action?: string) {
  return db.auditEvent.findMany({ where: { entityId, ...(action ? { action } : {}) }, orderBy: { createdAt: "asc" } });
}

/** The error a promise rejects with (fails the test if it resolves). */
export async function rejection(
  promise: Promise<unknown>,
): Promise<{ code?: string; userMessage?: string; details?: { data?: unknown; fieldErrors?: Record<string, string[]> } }> {
  return promise.then(
    () => {
      throw new Error("expected the command to be refused");
    },
    (error: unknown) => error as never,
  );
}
