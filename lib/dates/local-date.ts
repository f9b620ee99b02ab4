import { TZDate } from "@date-fns/tz";
import { UTCDate } from "@date-fns/utc";
import { addMonths as addCalendarMonths, addYears as addCalendarYears, differenceInCalendarDays } from "date-fns";

/** Milliseconds since the Unix epoch. */
export type EpochMs = number;
/** A calendar date `YYYY-MM-DD` with no time and no zone (the spa's or the client's wall calendar). */
export type LocalDate = string;
/** ISO weekday: 1 = Monday … 7 = Sunday. */
export type IsoWeekday = 1 | 2 | 3 | 4 | 5 | 6 | 7;

const LOCAL_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_MS = 86_400_000;

/**
 * Calendar arithmetic on `YYYY-MM-DD` strings. A calendar date has no zone, so every function
 * reads it as midnight UTC: the process's `TZ` can never move a date by a day.
 */
export function localDateToUtcMidnight(date: LocalDate): EpochMs {
  const match = LOCAL_DATE.exec(date);
  const ms = match ? Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])) : NaN;
  // The round trip rejects 2025-02-30 (which Date would roll into March) and years Date.UTC remaps (0–99).
  if (Number.isNaN(ms) || formatUtcDate(ms) !== date) throw new RangeError(`Invalid local date: ${date}`);
  return ms;
}

export function isLocalDate(value: unknown): value is LocalDate {
  if (typeof value !== "string") return false;
  try {
    localDateToUtcMidnight(value);
    return true;
  } catch {
    return false;
  }
}

export function addDays(date: LocalDate, days: number): LocalDate {
  return formatUtcDate(localDateToUtcMidnight(date) + days * DAY_MS);
}

/** Month arithmetic clamps to the month's end: 2026-08-31 + 6 months = 2027-02-28. */
export function addMonths(date: LocalDate, months: number): LocalDate {
  return formatUtcDate(addCalendarMonths(asUtcDate(date), months).getTime());
}

export function addYears(date: LocalDate, years: number): LocalDate {
  return formatUtcDate(addCalendarYears(asUtcDate(date), years).getTime());
}

/** Whole calendar days from `from` to `to` (positive when `to` is later). */
export function daysBetween(from: LocalDate, to: LocalDate): number {
  return differenceInCalendarDays(asUtcDate(to), asUtcDate(from));
}

/** The latest of the given dates (`YYYY-MM-DD` strings order like the dates they name), ignoring missing ones; null when there are none. */
export function latestDate(dates: readonly (LocalDate | undefined)[]): LocalDate | null {
  let latest: LocalDate | null = null;
  for (const date of dates) if (date !== undefined && (latest === null || date > latest)) latest = date;
  return latest;
}

export function isoWeekdayOf(date: LocalDate): IsoWeekday {
  const sundayIsZero = new Date(localDateToUtcMidnight(date)).getUTCDay();
  return (sundayIsZero === 0 ? 7 : sundayIsZero) as IsoWeekday;
}

/** The calendar date an instant falls on in `timeZone`. */
export function getLocalDate(instant: EpochMs | Date, timeZone: string): LocalDate {
  const local = new TZDate(typeof instant === "number" ? instant : instant.getTime(), timeZone);
  if (Number.isNaN(local.getTime())) throw new RangeError(`Unknown time zone: ${timeZone}`);
  return [local.getFullYear(), local.getMonth() + 1, local.getDate()].map(pad).join("-");
}

/** The wall-clock time `HH:mm` (24-hour) an instant shows in `timeZone`, e.g. for a time input's value. */
export function getLocalTime(instant: EpochMs | Date, timeZone: string): string {
  const local = new TZDate(typeof instant === "number" ? instant : instant.getTime(), timeZone);
  if (Number.isNaN(local.getTime())) throw new RangeError(`Unknown time zone: ${timeZone}`);
  return `${pad(local.getHours(), 1)}:${pad(local.getMinutes(), 1)}`;
}

/** A PostgreSQL DATE arrives as a Date at UTC midnight: its UTC fields are the calendar date. */
export function localDateFromDbDate(date: Date): LocalDate {
  return formatUtcDate(date.getTime());
}

// date-fns does its arithmetic in the Date's own zone: pinning it to UTC keeps `TZ` out of it.
// UTCDate rather than TZDate(…, "UTC"): the same answers about 20× faster, and a page of visits
// (intake validity, contraindication windows) does this arithmetic hundreds of times.
function asUtcDate(date: LocalDate): UTCDate {
  return new UTCDate(localDateToUtcMidnight(date));
}

function formatUtcDate(ms: EpochMs): LocalDate {
  const d = new Date(ms);
  return [d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate()].map(pad).join("-");
}

function pad(value: number, index: number): string {
  return String(value).padStart(index === 0 ? 4 : 2, "0");
}
