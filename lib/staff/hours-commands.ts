import "server-only";
import { recordAudit } from "@/lib/audit/record";
import { assertCan } from "@/lib/auth/assert-can";
import type { Actor } from "@/lib/auth/policy";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import type { WallRange } from "@/lib/scheduling";
import { toMinute, type DateOverrideData, type Resolution, type TimeOffData, type WeeklyHoursData } from "./hours-schema";
import { applyScheduleChange } from "./schedule-change";
import { toWeeklyHours, toWorkingHoursRows } from "@/lib/scheduling/from-rows";
import { localDateTimeToInstant } from "@/lib/scheduling/wall-time";
import { addDays, getLocalDate } from "@/lib/dates/local-date";
import { recordScheduleChange } from "@/lib/schedule-feed/record";
import { MAX_NAMED_DATES } from "@/lib/schedule-feed/events";

/** Replaces an esthetician's whole week of ranges (see applyScheduleChange for affected visits). */
export async function replaceWeeklyHours(actor: Actor, input: WeeklyHoursData, now = new Date()) {
  assertCan(actor, "admin:manage-schedule");
  const rows = input.ranges.map((r) => ({ weekday: r.weekday, startMinute: toMinute(r.start), endMinute: toMinute(r.end) }));
  return applyScheduleChange(actor, {
    staffId: input.staffId,
    resolutions: input.resolutions,
    now,
    propose: (current) => ({ ...current, weeklyHours: toWeeklyHours(rows) }),
    write: async (tx) => {
      await tx.workingHours.deleteMany({ where: { staffId: input.staffId } });
      await tx.workingHours.createMany({ data: rows.map((row) => ({ staffId: input.staffId, ...row })) });
    },
    audit: {
      action: "hours.replace",
      entityType: "staff_profile",
      entityId: input.staffId,
      details: (current) => ({ before: toWorkingHoursRows(current.weeklyHours), ranges: rows }),
    },
    change: { kind: "staff.hours" },
  });
}

/** Adds time off between two wall-clock times in the spa's zone. */
export async function addTimeOff(actor: Actor, input: TimeOffData, now = new Date()) {
  assertCan(actor, "admin:manage-schedule");
  return applyScheduleChange(actor, {
    staffId: input.staffId,
    resolutions: input.resolutions,
    now,
    propose: (current, timeZone) => {
      const { start, end } = toInstants(input, timeZone);
      return { ...current, timeOff: [...(current.timeOff ?? []), { start: start.getTime(), end: end.getTime() }] };
    },
    write: async (tx, timeZone) => {
      const { start, end } = toInstants(input, timeZone);
      await tx.staffTimeOff.create({ data: { staffId: input.staffId, startsAt: start, endsAt: end, reason: input.reason } });
    },
    audit: {
      action: "time-off.add",
      entityType: "staff_profile",
      entityId: input.staffId,
      details: { from: input.from, to: input.to, reason: input.reason },
    },
    change: { kind: "staff.time-off", dates: (timeZone) => datesOf(toInstants(input, timeZone), timeZone) },
  });
}

/** The local dates an instant range touches (its last instant is exclusive). */
function datesOf(range: { start: Date; end: Date }, timeZone: string): string[] {
  const last = getLocalDate(range.end.getTime() - 1, timeZone);
  const dates: string[] = [];
  for (let date = getLocalDate(range.start, timeZone); date <= last && dates.length <= MAX_NAMED_DATES; date = addDays(date, 1))
    dates.push(date);
  return dates;
}

function toInstants(input: TimeOffData, timeZone: string) {
  const start = localDateTimeToInstant(input.from, timeZone);
  const end = localDateTimeToInstant(input.to, timeZone);
  // Two wall times can collapse onto one instant around a DST change; that is no time off at all.
  if (!start || !end || end <= start)
    throw new AppError("VALIDATION", "End after the start.", { fieldErrors: { to: ["End after the start."] } });
  return { start, end };
}

/** Removing time off only adds working time, so it never strands an appointment. */
export async function removeTimeOff(actor: Actor, input: { timeOffId: string }) {
  assertCan(actor, "admin:manage-schedule");
  return db.$transaction(async (tx) => {
    const row = await tx.staffTimeOff.findUnique({
      where: { id: input.timeOffId },
      select: {
        id: true,
        staffId: true,
        startsAt: true,
        endsAt: true,
        reason: true,
        staff: { select: { locationId: true, location: { select: { timeZone: true } } } },
      },
    });
    if (!row) throw new AppError("NOT_FOUND", "That time off was not found.");
    await tx.staffTimeOff.delete({ where: { id: row.id } });
    const { staff, ...timeOff } = row;
    await recordAudit(tx, actor, {
      action: "time-off.remove",
      entityType: "staff_profile",
      entityId: row.staffId,
      details: { timeOff },
    });
    await recordScheduleChange(tx, {
      locationId: staff.locationId,
      kind: "staff.time-off",
      staffIds: [row.staffId],
      dates: datesOf({ start: row.startsAt, end: row.endsAt }, staff.location.timeZone),
    });
    return { timeOffId: row.id };
  });
}

/** Sets one date's hours (or a day off), replacing any override that date already had. */
export async function setDateOverride(actor: Actor, input: DateOverrideData, now = new Date()) {
  assertCan(actor, "admin:manage-schedule");
  const ranges: WallRange[] = input.dayOff ? [] : input.ranges.map((r) => ({ startMinute: toMinute(r.start), endMinute: toMinute(r.end) }));
  const date = new Date(`${input.date}T00:00:00Z`);
  return applyScheduleChange(actor, {
    staffId: input.staffId,
    resolutions: input.resolutions,
    now,
    propose: (current) => ({ ...current, dateOverrides: { ...current.dateOverrides, [input.date]: ranges } }),
    write: async (tx) => {
      await tx.staffDateOverride.deleteMany({ where: { staffId: input.staffId, date } });
      const rows = ranges.length > 0 ? ranges : [{ startMinute: null, endMinute: null }];
      await tx.staffDateOverride.createMany({ data: rows.map((r) => ({ staffId: input.staffId, date, reason: input.reason, ...r })) });
    },
    audit: {
      action: "date-override.set",
      entityType: "staff_profile",
      entityId: input.staffId,
      details: { date: input.date, ranges, reason: input.reason },
    },
    change: { kind: "staff.date-override", dates: () => [input.date] },
  });
}

/** Back to the weekly hours on that date; may strand appointments booked under the override. */
export async function clearDateOverride(
  actor: Actor,
  input: { staffId: string; date: string; resolutions: Resolution[] },
  now = new Date(),
) {
  assertCan(actor, "admin:manage-schedule");
  const date = new Date(`${input.date}T00:00:00Z`);
  return applyScheduleChange(actor, {
    staffId: input.staffId,
    resolutions: input.resolutions,
    now,
    propose: (current) => {
      const dateOverrides = { ...current.dateOverrides };
      delete dateOverrides[input.date];
      return { ...current, dateOverrides };
    },
    write: async (tx) => {
      await tx.staffDateOverride.deleteMany({ where: { staffId: input.staffId, date } });
    },
    audit: { action: "date-override.clear", entityType: "staff_profile", entityId: input.staffId, details: { date: input.date } },
    change: { kind: "staff.date-override", dates: () => [input.date] },
  });
}
