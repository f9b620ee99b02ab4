import { TZDate } from "@date-fns/tz";
import type { EpochMs, IsoWeekday, LocalDate } from "./types";

const LOCAL_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_MS = 86_400_000;

/**
 * Calendar arithmetic on `YYYY-MM-DD` strings. A calendar date has no zone, so these read the
 * date through UTC fields, which never shift with the process's `TZ`.
 */
export function localDateToUtcMidnight(date: LocalDate): EpochMs {
  const match = LOCAL_DATE.exec(date);
  const ms = match ? Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])) : NaN;
  // The round trip rejects 2025-02-30 and years Date.UTC would remap (0–99).
  if (Number.isNaN(ms) || formatUtcDate(ms) !== date) throw new RangeError(`Invalid local date: ${date}`);
  return ms;
}

export function addDays(date: LocalDate, days: number): LocalDate {
  return formatUtcDate(localDateToUtcMidnight(date) + days * DAY_MS);
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

function formatUtcDate(ms: EpochMs): LocalDate {
  const d = new Date(ms);
  return [d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate()].map(pad).join("-");
}

function pad(value: number, index: number): string {
  return String(value).padStart(index === 0 ? 4 : 2, "0");
}
