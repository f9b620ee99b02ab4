import { AppError } from "@/lib/errors/app-error";
import { can, type Action, type Actor } from "./policy";

/**
 * The throwing form of `can`, for queries and commands (and requireActor): no actor →
 * UNAUTHENTICATED, an actor without permission → FORBIDDEN. Returns the actor for chaining.
 */
export function assertCan(actor: Actor | null | undefined, action?: Action): Actor {
  if (!actor) throw new AppError("UNAUTHENTICATED", "Please sign in to continue.");
  if (action !== undefined && !can(actor, action)) {
    throw new AppError("FORBIDDEN", "You don't have permission to do that.");
  }
  return actor;
}
