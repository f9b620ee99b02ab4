import "server-only";
import { assertCan } from "@/lib/auth/assert-can";
import type { Actor } from "@/lib/auth/policy";
import type { Severity } from "@/lib/contraindications";
import { db } from "@/lib/db/client";
import { getLocalDate, type LocalDate } from "@/lib/dates/local-date";
import type { IntakeState } from "@/lib/intake/status";
import { requireSpaLocation } from "@/lib/location/queries";
import { MINUTE_MS } from "@/lib/scheduling/instant";
import { mergeIntervals, subtractIntervals } from "@/lib/scheduling/interval";
import { buildLocalDay, getDayBounds } from "@/lib/scheduling/local-day";
import { buildFreeWindows } from "@/lib/scheduling/staff-windows";
import { toDateOverrides, toInterval, toWeeklyHours } from "@/lib/scheduling/from-rows";
import { FREEING_STATUSES } from "./load-schedule";
import { loadVisitBadges } from "./visit-badges";

export type Arrival = {
  id: string;
  clientId: string;
  clientName: string;
  clientPhone: string | null;
  serviceName: string;
  staffName: string;
  startsAt: Date;
  endsAt: Date;
  status: string;
  intake: IntakeState;
  flag: Severity | null;
};

export type FreeGap = { start: Date; end: Date; minutes: number };

export type Today = {
  date: LocalDate;
  timeZone: string;
  arrivals: Arrival[];
  gaps: { staffId: string; name: string; gaps: FreeGap[] }[];
};

/**
 * The front desk's day: today's arrivals in time order (with intake status and flags, for check-in
 * and "send intake link"), and each esthetician's free gaps from now on (working hours minus
 * visits with their buffers, breaks and time off), at least one slot long.
 */
export async function getToday(actor: Actor, now = new Date()): Promise<Today> {
  assertCan(actor, "desk:view-today");
  const location = await requireSpaLocation();
  const { timeZone } = location;
  const date = getLocalDate(now, timeZone);
  const day = buildLocalDay(date, timeZone);
  const bounds = getDayBounds(day);
  const [from, to] = [new Date(bounds.start), new Date(bounds.end)];
  const policy = await db.bookingPolicy.findUnique({ where: { locationId: location.id }, select: { slotIntervalMinutes: true } });
  const [rows, staff] = await Promise.all([
    db.appointment.findMany({
      // A waitlist hold is nobody's arrival (it still occupies time: the calendar shows it).
      where: { locationId: location.id, startsAt: { gte: from, lt: to }, status: { notIn: [...FREEING_STATUSES, "HELD"] } },
      orderBy: [{ startsAt: "asc" }, { id: "asc" }],
      select: {
        id: true,
        clientId: true,
        startsAt: true,
        endsAt: true,
        status: true,
        client: { select: { name: true, phone: true } },
        service: { select: { name: true, requiresIntake: true, steps: true } },
        staff: { select: { displayName: true } },
      },
    }),
    db.staffProfile.findMany({
      where: { locationId: location.id, active: true },
      orderBy: { displayName: "asc" },
      select: {
        id: true,
        displayName: true,
        workingHours: { select: { weekday: true, startMinute: true, endMinute: true } },
        dateOverrides: { where: { date: new Date(`${date}T00:00:00Z`) }, select: { date: true, startMinute: true, endMinute: true } },
        timeOff: { where: { startsAt: { lt: to }, endsAt: { gt: from } }, select: { startsAt: true, endsAt: true } },
        appointments: {
          where: { blockedFrom: { lt: to }, blockedUntil: { gt: from }, status: { notIn: [...FREEING_STATUSES] } },
          select: { blockedFrom: true, blockedUntil: true },
        },
      },
    }),
  ]);
  const badges = await loadVisitBadges(db, rows, location);
  const minimumMs = (policy?.slotIntervalMinutes ?? 15) * MINUTE_MS;
  return {
    date,
    timeZone,
    arrivals: rows.map((row) => ({
      id: row.id,
      clientId: row.clientId,
      clientName: row.client.name,
      clientPhone: row.client.phone,
      serviceName: row.service.name,
      staffName: row.staff.displayName,
      startsAt: row.startsAt,
      endsAt: row.endsAt,
      status: row.status,
      ...badges.get(row.id)!,
    })),
    gaps: staff.map((member) => {
      const windows = buildFreeWindows(
        {
          id: member.id,
          weeklyHours: toWeeklyHours(member.workingHours),
          dateOverrides: toDateOverrides(member.dateOverrides),
          timeOff: member.timeOff.map((t) => toInterval(t.startsAt, t.endsAt)),
          blocked: member.appointments.map((a) => toInterval(a.blockedFrom, a.blockedUntil)),
        },
        [day],
      );
      // Only what is still ahead today.
      const ahead = subtractIntervals(windows, mergeIntervals([{ start: bounds.start, end: now.getTime() }]));
      return {
        staffId: member.id,
        name: member.displayName,
        gaps: ahead
          .filter((gap) => gap.end - gap.start >= minimumMs)
          .map((gap) => ({ start: new Date(gap.start), end: new Date(gap.end), minutes: Math.round((gap.end - gap.start) / MINUTE_MS) })),
      };
    }),
  };
}
