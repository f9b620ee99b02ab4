import { TZDate } from "@date-fns/tz";
import { addDays, addMonths, addYears, differenceInCalendarDays, format } from "date-fns";

/** A calendar date `YYYY-MM-DD` with no time and no zone (the spa's or the client's wall calendar). */
export type LocalDate = string;

const LOCAL_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * Calendar arithmetic reads the date as midnight in UTC (a TZDate pinned to "UTC"), so the
 * process's `TZ` can never move a date by a day; date-fns adds months and days on the calendar.
 */
function toUtcDate(date: LocalDate): TZDate {
  const match = LOCAL_DATE.exec(date);
  const value = match ? new TZDate(Number(match[1]), Number(match[2]) - 1, Number(match[3]), "UTC") : null;
  // The round trip rejects 2025-02-30 (which Date would roll into March).
  if (!value || Number.isNaN(value.getTime()) || fromUtcDate(value) !== date) {
    throw new RangeError(`Invalid local date: ${date}`);
  }
  return value;
}

function fromUtcDate(date: TZDate): LocalDate {
  return format(date, "yyyy-MM-dd");
}

export function isLocalDate(value: unknown): value is LocalDate {
  if (typeof value !== "string") return false;
  try {
    toUtcDate(value);
    return true;
  } catch {
    return false;
  }
}

export function addLocalDays(date: LocalDate, days: number): LocalDate {
  return fromUtcDate(addDays(toUtcDate(date), days));
}

/** Month arithmetic clamps to the month's end: 2026-08-31 + 6 months = 2027-02-28. */
export function addLocalMonths(date: LocalDate, months: number): LocalDate {
  return fromUtcDate(addMonths(toUtcDate(date), months));
}

export function addLocalYears(date: LocalDate, years: number): LocalDate {
  return fromUtcDate(addYears(toUtcDate(date), years));
}

/** Whole calendar days from `from` to `to` (positive when `to` is later). */
export function daysBetween(from: LocalDate, to: LocalDate): number {
  return differenceInCalendarDays(toUtcDate(to), toUtcDate(from));
}

/** The latest of the given dates (`YYYY-MM-DD` strings order like the dates they name), ignoring missing ones; null when there are none. */
export function latestDate(dates: readonly (LocalDate | undefined)[]): LocalDate | null {
  let latest: LocalDate | null = null;
  for (const date of dates) if (date !== undefined && (latest === null || date > latest)) latest = date;
  return latest;
}
