import { sumOverlapMs } from "./interval";
import { buildLocalDay, getDayBounds } from "./local-day";
import type { Slot, StaffSchedule } from "./types";

export interface AssignStaffOptions {
  slot: Pick<Slot, "date" | "staffIds">;
  /** The candidates' schedules as passed to listSlots; only those in `slot.staffIds` are considered. */
  staff: readonly StaffSchedule[];
  timeZone: string;
}

/**
 * Who gets an "any esthetician" booking: among the staff free for the slot, the one with the
 * fewest booked minutes on the slot's local day (blocked minutes, so prep and cleanup count as the
 * work they are), ties to the smallest id so that every app instance makes the same choice.
 * Null when nobody is free.
 */
export function assignStaff({ slot, staff, timeZone }: AssignStaffOptions): string | null {
  const free = new Set(slot.staffIds);
  const day = getDayBounds(buildLocalDay(slot.date, timeZone));
  let best: { id: string; bookedMs: number } | null = null;
  for (const member of staff) {
    if (!free.has(member.id)) continue;
    const bookedMs = sumOverlapMs(member.blocked ?? [], day);
    if (!best || bookedMs < best.bookedMs || (bookedMs === best.bookedMs && member.id < best.id)) {
      best = { id: member.id, bookedMs };
    }
  }
  return best?.id ?? null;
}
