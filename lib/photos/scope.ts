import type { Actor } from "@/lib/auth/policy";

// Cancelled visits and unclaimed waitlist holds give no one a reason to see a client's photos.
const CANCELLED = ["CANCELLED", "LATE_CANCELLED", "HELD"] as ("CANCELLED" | "LATE_CANCELLED" | "HELD")[];

/**
 * The clinical photos an actor may reach, as a Prisma `where` (docs/decisions/0011): an admin all;
 * an esthetician (while active) those of clients they treat — any visit of theirs with the client
 * that was not cancelled, so the previous visit's photos can be compared whoever took them; a
 * client their own. Every other role gets null: callers treat that as "nothing", so a role added
 * later (the front desk) sees no photo until it is placed here on purpose.
 */
export function photoScope(actor: Actor) {
  if (!actor.userId) throw new Error("An actor without a user id has no scope");
  switch (actor.role) {
    case "ADMIN":
      return {};
    case "ESTHETICIAN":
      return {
        client: { appointments: { some: { status: { notIn: CANCELLED }, staff: { userId: actor.userId, active: true } } } },
      };
    case "CLIENT":
      return { clientId: actor.userId };
    default:
      return null;
  }
}
