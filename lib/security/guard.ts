import type { SignedInSession } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/assert-can";
import type { Action } from "@/lib/auth/policy";
import { AppError } from "@/lib/errors/app-error";

const FINISH_SIGNING_IN = "Finish signing in first.";

/** The session may act as its user: signed in with every step the spa asks for, and allowed `action`. */
export function requireCompleteSession(session: SignedInSession, action: Action): void {
  if (session.secondFactor !== "complete") throw new AppError("UNAUTHENTICATED", FINISH_SIGNING_IN);
  assertCan(session.actor, action);
}

/**
 * For adding a second factor: a complete session, or one that must set up its first ("enrol").
 * Never one that owes its second step ("pending"): knowing the password is not enough to plant a
 * factor of one's own.
 */
export function requireSessionThatMayAddFactor(session: SignedInSession): void {
  if (session.secondFactor === "pending") throw new AppError("UNAUTHENTICATED", FINISH_SIGNING_IN);
  assertCan(session.actor, "account:manage-two-factor");
}
