import { buildLocalDay, wallRangesToIntervals } from "./local-day";

/**
 * "2026-12-01T09:00" read as a wall-clock time in `timeZone` → the instant, through the engine's
 * own day model (never the process's zone). A time skipped by spring-forward resolves to the
 * instant the clock jumps to; a repeated time (fall-back) to its first occurrence. Null when the
 * zone skipped that date entirely.
 */
export function localDateTimeToInstant(value: string, timeZone: string): Date | null {
  const [date, time] = value.split("T");
  const [hours, minutes] = time!.split(":").map(Number);
  return wallMinuteToInstant(date!, hours! * 60 + minutes!, timeZone);
}

/** The same for a date and a minute after its local midnight (a grid row, an imported time). */
export function wallMinuteToInstant(date: string, minute: number, timeZone: string): Date | null {
  const [first] = wallRangesToIntervals(buildLocalDay(date, timeZone), [{ startMinute: minute, endMinute: 1440 }]);
  return first ? new Date(first.start) : null;
}
