import { addDays, addMonths, type LocalDate } from "@/lib/dates/local-date";
import type { FlagWindow } from "./types";

/**
 * A rule with a window fires while the visit is before `until`. An event dated after the visit
 * (an answer given after the booking was made) is inside its window, which is the safe reading.
 */
function windowUntil(basis: string, from: LocalDate, until: LocalDate, visitDate: LocalDate): FlagWindow | null {
  return visitDate < until ? { basis, from, until } : null;
}

/**
 * "Less than N months ago": fires up to the day before the same day-of-month N months later; on
 * that day exactly N months have passed and it no longer fires (2026-01-15 + 6 months: fires on
 * 2026-07-14, not on 2026-07-15). Month ends clamp: 2026-08-31 + 6 months = 2027-02-28.
 */
export function lessThanMonths(basis: string, from: LocalDate, months: number, visitDate: LocalDate) {
  return windowUntil(basis, from, addMonths(from, months), visitDate);
}

/** "Less than N days ago": fires on days 0 … N−1 after the event, not on day N. */
export function lessThanDays(basis: string, from: LocalDate, days: number, visitDate: LocalDate) {
  return windowUntil(basis, from, addDays(from, days), visitDate);
}

/**
 * "In the last N days": counts day N itself (an event exactly N days before the visit still
 * fires), the conservative reading; it stops firing on day N + 1.
 */
export function inLastDays(basis: string, from: LocalDate, days: number, visitDate: LocalDate) {
  return windowUntil(basis, from, addDays(from, days + 1), visitDate);
}
