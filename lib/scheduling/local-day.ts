import { tzOffset } from "@date-fns/tz";
import { HOUR_MS, MINUTE_MS, MINUTES_PER_DAY } from "@/lib/scheduling/instant";
import { mergeIntervals } from "@/lib/scheduling/interval";
import { isoWeekdayOf, localDateToUtcMidnight, type EpochMs, type IsoWeekday, type LocalDate } from "@/lib/dates/local-date";
import type { Interval, WallRange } from "@/lib/scheduling/types";

/** A stretch of the local day with one UTC offset, as wall-clock minutes from midnight. */
export interface DayPiece {
  wallStartMinute: number;
  wallEndMinute: number;
  offsetMs: number;
}

/**
 * One local calendar day, converted once: its pieces map wall-clock minutes to instants with
 * plain arithmetic, so nothing per slot touches the zone database. An ordinary day is one piece;
 * a spring-forward day has a gap between its pieces (those wall times do not exist); a fall-back
 * day has pieces whose wall ranges overlap (the repeated hour).
 */
export interface LocalDay {
  date: LocalDate;
  weekday: IsoWeekday;
  /** The date's midnight read as if it were UTC; wall minute m of a piece is at base + m − offset. */
  wallBaseMs: EpochMs;
  pieces: DayPiece[];
}

// Offsets span UTC−12…UTC+14, so every instant of a local day lies in [base − 14 h, base + 36 h).
const SCAN_BEFORE_MS = 14 * HOUR_MS;
const SCAN_AFTER_MS = 36 * HOUR_MS;

export function buildLocalDay(date: LocalDate, timeZone: string): LocalDay {
  const wallBaseMs = localDateToUtcMidnight(date);
  const from = wallBaseMs - SCAN_BEFORE_MS;
  const to = wallBaseMs + SCAN_AFTER_MS;
  const pieces: DayPiece[] = [];
  let offsetMs = offsetMsAt(timeZone, from);
  let wallStart = 0;
  for (const change of findOffsetChanges(timeZone, from, to, offsetMs)) {
    // The clock reads `at + offset` just before the change and `at + newOffset` from it on.
    pushClipped(pieces, wallStart, (change.at + offsetMs - wallBaseMs) / MINUTE_MS, offsetMs);
    wallStart = (change.at + change.offsetMs - wallBaseMs) / MINUTE_MS;
    offsetMs = change.offsetMs;
  }
  pushClipped(pieces, wallStart, MINUTES_PER_DAY, offsetMs);
  return { date, weekday: isoWeekdayOf(date), wallBaseMs, pieces };
}

/** First and last instant of the local day (for per-day totals such as booked minutes). */
export function getDayBounds(day: LocalDay): Interval {
  const first = day.pieces[0];
  const last = day.pieces[day.pieces.length - 1];
  // A date the zone skipped entirely (Samoa, 2011-12-30) has no instants at all.
  if (!first || !last) return { start: day.wallBaseMs, end: day.wallBaseMs };
  return { start: toInstant(day, first, first.wallStartMinute), end: toInstant(day, last, last.wallEndMinute) };
}

/**
 * Every instant whose wall-clock reading falls inside one of `ranges`: a range across the
 * spring-forward gap is that much shorter in real time, one across the repeated hour that much
 * longer, which is what "hours are wall-clock on every day" means.
 */
export function wallRangesToIntervals(day: LocalDay, ranges: readonly WallRange[]): Interval[] {
  const intervals: Interval[] = [];
  for (const range of ranges) {
    for (const piece of day.pieces) {
      const start = Math.max(range.startMinute, piece.wallStartMinute);
      const end = Math.min(range.endMinute, piece.wallEndMinute);
      if (end > start) intervals.push({ start: toInstant(day, piece, start), end: toInstant(day, piece, end) });
    }
  }
  return mergeIntervals(intervals);
}

/**
 * Slot starts on the grid counted from local midnight, ascending. A wall time inside the
 * spring-forward gap is in no piece, so it is never produced; a wall time in the repeated hour
 * is produced only by the first piece (its first occurrence, the earlier instant).
 */
export function listGridStarts(day: LocalDay, intervalMinutes: number): EpochMs[] {
  const starts: EpochMs[] = [];
  let offeredUntil = 0;
  for (const piece of day.pieces) {
    const from = Math.max(piece.wallStartMinute, offeredUntil);
    for (let m = Math.ceil(from / intervalMinutes) * intervalMinutes; m < piece.wallEndMinute; m += intervalMinutes) {
      starts.push(toInstant(day, piece, m));
    }
    offeredUntil = Math.max(offeredUntil, piece.wallEndMinute);
  }
  return starts;
}

function toInstant(day: LocalDay, piece: DayPiece, wallMinute: number): EpochMs {
  return day.wallBaseMs + wallMinute * MINUTE_MS - piece.offsetMs;
}

function pushClipped(pieces: DayPiece[], wallStart: number, wallEnd: number, offsetMs: number): void {
  const start = Math.max(wallStart, 0);
  const end = Math.min(wallEnd, MINUTES_PER_DAY);
  if (end > start) pieces.push({ wallStartMinute: start, wallEndMinute: end, offsetMs });
}

/** The zone's UTC offset at an instant, from the tz database via @date-fns/tz. */
export function offsetMsAt(timeZone: string, instant: EpochMs): number {
  const minutes = tzOffset(timeZone, new Date(instant));
  if (Number.isNaN(minutes)) throw new RangeError(`Unknown time zone: ${timeZone}`);
  return Math.round(minutes * MINUTE_MS);
}

interface OffsetChange {
  at: EpochMs;
  offsetMs: number;
}

/**
 * Offset changes in [from, to], located by bisection on the library's offsets. Probing both
 * halves finds up to two changes in the 50-hour window, more than any zone has ever made.
 */
function findOffsetChanges(timeZone: string, from: EpochMs, to: EpochMs, offsetAtFrom: number): OffsetChange[] {
  const mid = from + Math.floor((to - from) / 2000) * 1000;
  const offsetAtMid = offsetMsAt(timeZone, mid);
  const offsetAtTo = offsetMsAt(timeZone, to);
  const changes: OffsetChange[] = [];
  if (offsetAtMid !== offsetAtFrom) changes.push(bisectChange(timeZone, from, mid, offsetAtFrom));
  if (offsetAtTo !== offsetAtMid) changes.push(bisectChange(timeZone, mid, to, offsetAtMid));
  return changes;
}

function bisectChange(timeZone: string, before: EpochMs, after: EpochMs, offsetBefore: number): OffsetChange {
  // Zones change offset on whole seconds, so one-second resolution is exact.
  while (after - before > 1000) {
    const mid = before + Math.floor((after - before) / 2000) * 1000;
    if (offsetMsAt(timeZone, mid) === offsetBefore) before = mid;
    else after = mid;
  }
  return { at: after, offsetMs: offsetMsAt(timeZone, after) };
}
