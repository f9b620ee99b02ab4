import { AppError } from "@/lib/errors/app-error";
import { isClientOverlapViolation, isExclusionViolation } from "@/lib/errors/postgres";
import type { AvailableSlot } from "./availability";

/**
 * Postgres refused an overlapping appointment: someone else won the same time. (Not the client's
 * own overlap: another attempt would meet the same visit, see clientOverlapError.)
 */
export function isLostRace(error: unknown): boolean {
  return isExclusionViolation(error) && !isClientOverlapViolation(error);
}

export class SlotTakenSignal extends Error {
  override name = "SlotTakenSignal";
}

/** The 409 a client sees: what happened, and the nearest times that are still free. */
export function slotTakenError(alternatives: AvailableSlot[], lostRace: boolean): AppError {
  const what = lostRace ? "That time was just taken by another booking." : "That time is no longer available.";
  const next = alternatives.length > 0 ? " Here are the nearest free times." : " Please choose another day.";
  return new AppError("CONFLICT", what + next, { data: { alternatives } });
}
