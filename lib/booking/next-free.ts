import "server-only";
import { addDays, getLocalDate, type LocalDate } from "@/lib/dates/local-date";
import { findAvailability, type AvailableSlot } from "./availability";
import { firstFreeTimes, type FirstFreeTimes } from "./first-free";

/** How far ahead the picker looks for "first available" and each esthetician's next free time. */
export const NEXT_FREE_SEARCH_DAYS = 14;

/**
 * The earliest bookable time for a service (any esthetician) and each esthetician's next one,
 * from `from` (today, or a later first date the client may book) over the next two weeks.
 * One availability read (the schedule cache serves repeats).
 */
export async function findFirstFreeTimes(service: string, timeZone: string, now: Date, from?: LocalDate | null): Promise<FirstFreeTimes> {
  const today = getLocalDate(now, timeZone);
  const start = from && from > today ? from : today;
  const { slots } = await findAvailability({ service, from: start, to: addDays(start, NEXT_FREE_SEARCH_DAYS - 1) }, now);
  return firstFreeTimes(slots satisfies AvailableSlot[]);
}
