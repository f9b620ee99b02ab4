/**
 * Calendar values for people: dates (`YYYY-MM-DD`), months (`YYYY-MM`), weekdays and wall-clock
 * minutes. None of them has a zone, so dates are read at UTC midnight and formatted in UTC: no
 * process or browser zone can shift the day. Instants (which do need the spa's zone) are in
 * ./zoned.ts.
 */
import { localDateToUtcMidnight, type LocalDate } from "@/lib/dates/local-date";
import type { Month } from "@/lib/dates/month";

const LOCALE = "en-US";

/** "full": Tuesday, December 1, 2026 · "long": December 1, 2026 · "medium": Dec 1, 2026 · "weekday": Tuesday, December 1 · "weekday-short": Tue, Dec 1 */
export type LocalDateStyle = "full" | "long" | "medium" | "weekday" | "weekday-short";

const DATE_FORMATS: Record<LocalDateStyle, Intl.DateTimeFormat> = {
  full: new Intl.DateTimeFormat(LOCALE, { timeZone: "UTC", dateStyle: "full" }),
  long: new Intl.DateTimeFormat(LOCALE, { timeZone: "UTC", dateStyle: "long" }),
  medium: new Intl.DateTimeFormat(LOCALE, { timeZone: "UTC", dateStyle: "medium" }),
  weekday: new Intl.DateTimeFormat(LOCALE, { timeZone: "UTC", weekday: "long", month: "long", day: "numeric" }),
  "weekday-short": new Intl.DateTimeFormat(LOCALE, { timeZone: "UTC", weekday: "short", month: "short", day: "numeric" }),
};
const MONTH_FORMAT = new Intl.DateTimeFormat(LOCALE, { timeZone: "UTC", month: "long", year: "numeric" });

export function formatLocalDate(date: LocalDate, style: LocalDateStyle = "weekday"): string {
  return DATE_FORMATS[style].format(localDateToUtcMidnight(date));
}

/** A month given as `YYYY-MM`: "December 2026". */
export function formatMonth(month: Month): string {
  return MONTH_FORMAT.format(localDateToUtcMidnight(`${month}-01`));
}

const WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"] as const;

/** ISO weekday (1 = Monday … 7 = Sunday) → its English name. */
export function weekdayName(isoWeekday: number): string {
  const name = WEEKDAYS[isoWeekday - 1];
  if (!name) throw new RangeError(`Not an ISO weekday: ${isoWeekday}`);
  return name;
}

/**
 * Minutes after local midnight → "9:00 AM". Working hours are wall-clock times, so no zone is
 * involved; 1440 (end of day) reads as "midnight".
 */
export function formatMinuteOfDay(minute: number): string {
  if (minute === 1440 || minute === 0) return minute === 0 ? "12:00 AM" : "midnight";
  const hours24 = Math.floor(minute / 60);
  const minutes = minute % 60;
  const suffix = hours24 < 12 ? "AM" : "PM";
  const hours12 = hours24 % 12 === 0 ? 12 : hours24 % 12;
  return `${hours12}:${String(minutes).padStart(2, "0")} ${suffix}`;
}
