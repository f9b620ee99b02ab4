import { subtractIntervals, mergeIntervals } from "@/lib/scheduling/interval";
import { addDays, type LocalDate } from "@/lib/dates/local-date";
import { buildLocalDay, wallRangesToIntervals } from "@/lib/scheduling/local-day";
import { getHoursForDay } from "@/lib/scheduling/staff-windows";
import type { StaffSchedule } from "@/lib/scheduling";

const MINUTE_MS = 60_000;

/**
 * The local dates of [from, to] on which an esthetician's hours count: from their start date on
 * (decision 0034). Null when they start after the period ends. Dates are `YYYY-MM-DD`, so string
 * order is date order.
 */
export function countedDates(period: { from: LocalDate; to: LocalDate }, startDate: LocalDate): { from: LocalDate; to: LocalDate } | null {
  const from = startDate > period.from ? startDate : period.from;
  return from <= period.to ? { from, to: period.to } : null;
}

/**
 * Working minutes of one esthetician over local dates [from, to], counted from their start date:
 * each day's hours (its date override if any, else the weekly hours) converted in the spa's zone,
 * minus time off. Converting per day with the scheduling engine's helpers makes a DST day's 9–17
 * seven or nine real hours, exactly the time the engine offers for booking.
 */
export function countWorkingMinutes(options: {
  schedule: Omit<StaffSchedule, "blocked">;
  from: LocalDate;
  to: LocalDate;
  startDate: LocalDate;
  timeZone: string;
}): number {
  const { schedule, timeZone } = options;
  const dates = countedDates(options, options.startDate);
  if (!dates) return 0;
  const timeOff = mergeIntervals(schedule.timeOff ?? []);
  let totalMs = 0;
  for (let date = dates.from; date <= dates.to; date = addDays(date, 1)) {
    const day = buildLocalDay(date, timeZone);
    const working = wallRangesToIntervals(day, getHoursForDay(schedule, day));
    for (const interval of subtractIntervals(working, timeOff)) totalMs += interval.end - interval.start;
  }
  return Math.round(totalMs / MINUTE_MS);
}
