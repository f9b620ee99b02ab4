import { subtractIntervals, mergeIntervals } from "@/lib/scheduling/interval";
import { addDays } from "@/lib/dates/local-date";
import { buildLocalDay, wallRangesToIntervals } from "@/lib/scheduling/local-day";
import { getHoursForDay } from "@/lib/scheduling/staff-windows";
import type { StaffSchedule } from "@/lib/scheduling";

const MINUTE_MS = 60_000;

/**
 * Working minutes of one esthetician over local dates [from, to]: each day's hours (its date
 * override if any, else the weekly hours) converted in the spa's zone, minus time off. Converting
 * per day with the scheduling engine's helpers makes a DST day's 9–17 seven or nine real hours,
 * exactly the time the engine offers for booking.
 */
export function countWorkingMinutes(options: {
  schedule: Omit<StaffSchedule, "blocked">;
  from: string;
  to: string;
  timeZone: string;
}): number {
  const { schedule, from, to, timeZone } = options;
  const timeOff = mergeIntervals(schedule.timeOff ?? []);
  let totalMs = 0;
  for (let date = from; date <= to; date = addDays(date, 1)) {
    const day = buildLocalDay(date, timeZone);
    const working = wallRangesToIntervals(day, getHoursForDay(schedule, day));
    for (const interval of subtractIntervals(working, timeOff)) totalMs += interval.end - interval.start;
  }
  return Math.round(totalMs / MINUTE_MS);
}
