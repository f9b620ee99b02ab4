import "server-only";
import type { DbClient } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import type { StaffSchedule } from "@/lib/scheduling";
import { toDateOverrides, toInterval, toWeeklyHours } from "@/lib/scheduling/from-rows";

export type ScheduleShape = Pick<StaffSchedule, "weeklyHours" | "dateOverrides" | "timeOff">;

/**
 * An esthetician's current hours, overrides and time off, row-locked so two admins editing one
 * esthetician apply their changes one after the other, each checking against the other's result.
 */
export async function loadScheduleForChange(tx: DbClient, staffId: string, now: Date) {
  const locked = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM staff_profile WHERE id = ${staffId}::uuid FOR UPDATE`;
  if (locked.length === 0) throw new AppError("NOT_FOUND", "That esthetician was not found.");
  const staff = await tx.staffProfile.findUniqueOrThrow({
    where: { id: staffId },
    select: {
      id: true,
      displayName: true,
      locationId: true,
      location: { select: { timeZone: true } },
      workingHours: { select: { weekday: true, startMinute: true, endMinute: true } },
      dateOverrides: {
        where: { date: { gte: new Date(now.getTime() - 2 * 86_400_000) } },
        select: { date: true, startMinute: true, endMinute: true },
      },
      timeOff: { where: { endsAt: { gt: now } }, select: { startsAt: true, endsAt: true } },
    },
  });
  const schedule: ScheduleShape = {
    weeklyHours: toWeeklyHours(staff.workingHours),
    dateOverrides: toDateOverrides(staff.dateOverrides),
    timeOff: staff.timeOff.map((t) => toInterval(t.startsAt, t.endsAt)),
  };
  return { staffId: staff.id, locationId: staff.locationId, displayName: staff.displayName, timeZone: staff.location.timeZone, schedule };
}
