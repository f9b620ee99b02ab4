import { mergeIntervals, subtractIntervals } from "@/lib/scheduling/interval";
import { getLocalDate } from "@/lib/dates/local-date";
import { buildLocalDay, wallRangesToIntervals } from "@/lib/scheduling/local-day";
import { getHoursForDay } from "@/lib/scheduling/staff-windows";
import type { Interval, StaffSchedule } from "@/lib/scheduling";

export type ScheduledAppointment = { id: string; startsAt: Date; blockedFrom: Date; blockedUntil: Date };

/**
 * The appointments whose blocked interval (buffers included) would no longer lie inside one
 * day's working time under `schedule`: working hours or that date's override, minus time off.
 * The same rule the availability engine applies to a new slot, so "kept" and "bookable" agree.
 * A blocked interval is checked against the local day of its start and of the service's start
 * (a prep buffer may begin the evening before); days are never joined, as in the engine.
 */
export function findAppointmentsOutsideHours<T extends ScheduledAppointment>(options: {
  timeZone: string;
  schedule: Pick<StaffSchedule, "weeklyHours" | "dateOverrides" | "timeOff">;
  appointments: readonly T[];
}): T[] {
  const { timeZone, schedule, appointments } = options;
  const member: StaffSchedule = { id: "", ...schedule };
  const windowsByDate = new Map<string, Interval[]>();
  const windowsOf = (date: string): Interval[] => {
    let windows = windowsByDate.get(date);
    if (!windows) {
      const day = buildLocalDay(date, timeZone);
      windows = subtractIntervals(wallRangesToIntervals(day, getHoursForDay(member, day)), mergeIntervals(schedule.timeOff ?? []));
      windowsByDate.set(date, windows);
    }
    return windows;
  };
  return appointments.filter((appointment) => {
    const blocked = { start: appointment.blockedFrom.getTime(), end: appointment.blockedUntil.getTime() };
    const dates = new Set([getLocalDate(blocked.start, timeZone), getLocalDate(appointment.startsAt, timeZone)]);
    return ![...dates].some((date) => windowsOf(date).some((w) => w.start <= blocked.start && blocked.end <= w.end));
  });
}
