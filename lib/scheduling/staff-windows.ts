import { mergeIntervals, subtractIntervals } from "./interval";
import { wallRangesToIntervals, type LocalDay } from "./local-day";
import type { Interval, StaffSchedule, WallRange } from "./types";

/** The hours that apply on a day: its date override if there is one (empty = day off), else the weekly hours. */
export function getHoursForDay(member: StaffSchedule, day: LocalDay): readonly WallRange[] {
  const overrides = member.dateOverrides;
  if (overrides && Object.hasOwn(overrides, day.date)) return overrides[day.date]!;
  return member.weeklyHours[day.weekday] ?? [];
}

/**
 * Instants in which this esthetician can hold a blocked interval: working hours of each day
 * minus appointments and time off. Busy input is merged once here, in any order it came.
 * Days are converted separately and never joined, so a slot cannot straddle two days' hours.
 */
export function buildFreeWindows(member: StaffSchedule, days: readonly LocalDay[]): Interval[] {
  const working: Interval[] = [];
  for (const day of days) working.push(...wallRangesToIntervals(day, getHoursForDay(member, day)));
  const busy = mergeIntervals([...(member.blocked ?? []), ...(member.timeOff ?? [])]);
  return subtractIntervals(working, busy);
}
