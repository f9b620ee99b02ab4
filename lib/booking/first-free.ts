import type { AvailableSlot } from "./availability";

export type FirstFreeTimes = {
  /** The earliest free time with anyone, or null when nothing is free in the search. */
  first: AvailableSlot | null;
  /** Each esthetician's earliest free start (an ISO instant); absent = none in the search. */
  byStaff: Record<string, string>;
};

/** Reads the earliest time overall and per esthetician from slots in start order. */
export function firstFreeTimes(slots: readonly AvailableSlot[]): FirstFreeTimes {
  const byStaff: Record<string, string> = {};
  for (const slot of slots) {
    for (const staffId of slot.staffIds) byStaff[staffId] ??= slot.start;
  }
  return { first: slots[0] ?? null, byStaff };
}
