import type { Actor } from "@/lib/auth/policy";

/** Statuses of a visit that still holds a client relationship (a cancellation gives none). */
const RELATIONSHIP_STATUSES = ["BOOKED", "CHECKED_IN", "COMPLETED", "NO_SHOW"] as const;

function requireActorId(actor: Actor): string {
  if (!actor.userId) throw new Error("An actor without a user id has no scope");
  return actor.userId;
}

/**
 * The appointments an actor may reach, as a Prisma `where` fragment. Written into every query
 * and command, so an id outside the scope is simply not found and reveals nothing. The ids come
 * from the actor, never from input, and are checked to be present so that `undefined` can never
 * drop the filter (the taxonomy trap in STYLE.md). The front desk reaches every appointment of the
 * spa, but never a chart: chart access also needs chart:view (lib/chart/access.ts).
 */
export function appointmentScope(actor: Actor) {
  const userId = requireActorId(actor);
  switch (actor.role) {
    case "CLIENT":
      return { clientId: userId };
    case "ESTHETICIAN":
      // A deactivated esthetician keeps their account but loses every client's records.
      return { staff: { userId, active: true } };
    case "ADMIN":
    case "FRONT_DESK":
      return {};
  }
}

/**
 * The clients (app_user rows of role CLIENT, merged duplicates excluded) an actor may look up in
 * the directory (merged duplicates and erased clients excluded): an esthetician those they treated or are booked with, the desk and admins all.
 * Anyone else reaches none (a where that matches nothing), so a missed permission check still
 * leaks nothing.
 */
export function clientScope(actor: Actor) {
  const userId = requireActorId(actor);
  // Erased clients (docs/decisions/0029) are gone from the directory; their kept clinical records
  // stay reachable only through the visits they belong to.
  const client = { role: "CLIENT" as const, mergedIntoId: null, erasedAt: null };
  switch (actor.role) {
    case "ESTHETICIAN":
      return {
        ...client,
        appointments: { some: { status: { in: [...RELATIONSHIP_STATUSES] }, staff: { userId, active: true } } },
      };
    case "ADMIN":
    case "FRONT_DESK":
      return client;
    case "CLIENT":
      return { ...client, id: { in: [] as string[] } };
  }
}
