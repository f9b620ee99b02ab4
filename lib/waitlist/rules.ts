import { addDays, isoWeekdayOf, type LocalDate } from "@/lib/dates/local-date";
import { dayPartOf } from "@/lib/dates/day-parts";

export type EntryPreferences = {
  fromDate: LocalDate;
  toDate: LocalDate;
  /** ISO weekdays; empty = any. */
  weekdays: readonly number[];
  /** Empty = any. */
  dayParts: readonly string[];
  /** null = any esthetician. */
  staffId: string | null;
};

/** Whether a local date is one the entry waits for: inside its window and on a wanted weekday. */
export function wantsDate(entry: EntryPreferences, date: LocalDate): boolean {
  if (date < entry.fromDate || date > entry.toDate) return false;
  return entry.weekdays.length === 0 || entry.weekdays.includes(isoWeekdayOf(date));
}

/**
 * Whether a free slot suits an entry: its date (window and weekday), its part of the day by local
 * start time, and the esthetician (a named one must be among those free for the slot).
 */
export function slotSuits(entry: EntryPreferences, slot: { date: LocalDate; startMinute: number; staffIds: readonly string[] }): boolean {
  if (!wantsDate(entry, slot.date)) return false;
  if (entry.dayParts.length > 0 && !entry.dayParts.includes(dayPartOf(slot.startMinute))) return false;
  return entry.staffId === null || slot.staffIds.includes(entry.staffId);
}

/**
 * The dates worth looking at for an entry: those a change touched (or all, when it named none),
 * inside the entry's window, not before `today` nor after `lastDate`, on wanted weekdays.
 */
export function datesToSearch(
  entry: EntryPreferences,
  options: { touched: readonly LocalDate[] | null; today: LocalDate; lastDate: LocalDate },
): LocalDate[] {
  const from = entry.fromDate > options.today ? entry.fromDate : options.today;
  const to = entry.toDate < options.lastDate ? entry.toDate : options.lastDate;
  const dates: LocalDate[] = [];
  if (options.touched) {
    for (const date of [...new Set(options.touched)].sort()) if (date >= from && date <= to && wantsDate(entry, date)) dates.push(date);
    return dates;
  }
  for (let date = from; date <= to; date = addDays(date, 1)) if (wantsDate(entry, date)) dates.push(date);
  return dates;
}

/** How long an offer holds its slot: the policy's minutes, but never past the slot's start. */
export function holdExpiry(options: { now: Date; holdMinutes: number; startsAt: Date }): Date {
  const end = options.now.getTime() + options.holdMinutes * 60_000;
  return new Date(Math.min(end, options.startsAt.getTime()));
}

/** A new position at the end of the queue. */
export function nextPosition(last: number | null): number {
  return (last ?? 0) + 1;
}
