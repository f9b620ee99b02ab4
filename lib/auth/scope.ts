import type { Actor } from "@/lib/auth/policy";

/**
 * The appointments an actor may reach, as a Prisma `where` fragment. Written into every query
 * and command, so an id outside the scope is simply not found and reveals nothing. The ids come
 * from the actor, never from input, and are checked to be present so that `undefined` can never
 * drop the filter (the taxonomy trap in STYLE.md).
 */
export function appointmentScope(actor: Actor) {
  if (!actor.userId) throw new Error("An actor without a user id has no scope");
  switch (actor.role) {
    case "CLIENT":
      return { clientId: actor.userId };
    case "ESTHETICIAN":
      // A deactivated esthetician keeps their account but loses every client's records.
      return { staff: { userId: actor.userId, active: true } };
    case "ADMIN":
      return {};
  }
}
