import { localDateFromDbDate, type LocalDate } from "@/lib/dates/local-date";
import type { Interval, WallRange, WeeklyHours } from "./types";

// The engine's inputs from the rows PostgreSQL stores them in: one mapping for every loader
// (availability, calendars, hours changes, reports), so they can never read hours differently.

export type WorkingHoursRow = { weekday: number; startMinute: number; endMinute: number };
/** A date override: null minutes make the day a day off. */
export type DateOverrideRow = { date: Date; startMinute: number | null; endMinute: number | null };

export function toWeeklyHours(rows: readonly WorkingHoursRow[]): WeeklyHours {
  const weekly: WeeklyHours = {};
  for (const { weekday, startMinute, endMinute } of rows) {
    const day = weekday as keyof WeeklyHours;
    weekly[day] = [...(weekly[day] ?? []), { startMinute, endMinute }];
  }
  return weekly;
}

/** The inverse of toWeeklyHours: one row per range, Monday first. */
export function toWorkingHoursRows(weekly: WeeklyHours): WorkingHoursRow[] {
  return Object.entries(weekly)
    .flatMap(([weekday, ranges]) => (ranges ?? []).map((range) => ({ weekday: Number(weekday), ...range })))
    .sort((a, b) => a.weekday - b.weekday || a.startMinute - b.startMinute);
}

/** Each override date → its ranges (empty: a day off). A DATE column arrives as UTC midnight. */
export function toDateOverrides(rows: readonly DateOverrideRow[]): Record<LocalDate, WallRange[]> {
  const overrides: Record<LocalDate, WallRange[]> = {};
  for (const { date, startMinute, endMinute } of rows) {
    const key = localDateFromDbDate(date);
    overrides[key] ??= [];
    if (startMinute !== null && endMinute !== null) overrides[key].push({ startMinute, endMinute });
  }
  return overrides;
}

export function toInterval(start: Date, end: Date): Interval {
  return { start: start.getTime(), end: end.getTime() };
}
