import "server-only";
import { TZDate } from "@date-fns/tz";
import { assertCan } from "@/lib/auth/assert-can";
import { findAlternatives, type AvailableSlot } from "@/lib/booking/availability";
import type { Actor } from "@/lib/auth/policy";
import { db } from "@/lib/db/client";
import { addDays, getLocalDate, isoWeekdayOf } from "@/lib/dates/local-date";
import { buildLocalDay, getDayBounds, type LocalDay } from "@/lib/scheduling/local-day";
import { getHoursForDay } from "@/lib/scheduling/staff-windows";
import { findMovable } from "./move-command";
import { toWeeklyHours } from "@/lib/scheduling/from-rows";
import { requireSpaLocation } from "@/lib/location/queries";
import { OPEN_REVIEW } from "./review/recheck";

export type CalendarAppointment = {
  id: string;
  clientName: string;
  serviceName: string;
  status: string;
  startsAt: string;
  endsAt: string;
  /** Wall-clock minutes of the service itself and of the blocked range (buffers), clipped to the day. */
  startMinute: number;
  endMinute: number;
  blockedStartMinute: number;
  blockedEndMinute: number;
  /** A new intake or a move ruled its treatment out on its date (lib/booking/review). */
  needsReview: boolean;
};
export type CalendarColumn = {
  staffId: string;
  name: string;
  working: { startMinute: number; endMinute: number }[];
  timeOff: { startMinute: number; endMinute: number; reason: string }[];
  appointments: CalendarAppointment[];
};
export type DayCalendar = { date: string; timeZone: string; columns: CalendarColumn[] };

/** Wall-clock minute of `instant` on local `date`, clipped to [0, 1440]. */
function wallMinute(instant: Date, date: string, timeZone: string): number {
  const day = getLocalDate(instant, timeZone);
  if (day < date) return 0;
  if (day > date) return 1440;
  const local = new TZDate(instant.getTime(), timeZone);
  return local.getHours() * 60 + local.getMinutes();
}

/** One local day across every active esthetician: hours (breaks are the gaps), time off, visits. */
export async function getDayCalendar(actor: Actor, date: string, options: { locationId?: string } = {}): Promise<DayCalendar> {
  assertCan(actor, "admin:manage-schedule");
  const location = options.locationId
    ? await db.location.findUniqueOrThrow({ where: { id: options.locationId }, select: { id: true, timeZone: true } })
    : await requireSpaLocation();
  const { timeZone } = location;
  const day = buildLocalDay(date, timeZone);
  const bounds = getDayBounds(day);
  const from = new Date(bounds.start);
  const to = new Date(bounds.end);
  const staff = await db.staffProfile.findMany({
    where: { locationId: location.id, active: true },
    orderBy: { displayName: "asc" },
    select: {
      id: true,
      displayName: true,
      workingHours: { select: { weekday: true, startMinute: true, endMinute: true } },
      dateOverrides: { where: { date: new Date(`${date}T00:00:00Z`) }, select: { startMinute: true, endMinute: true } },
      timeOff: { where: { startsAt: { lt: to }, endsAt: { gt: from } }, select: { startsAt: true, endsAt: true, reason: true } },
      appointments: {
        where: { blockedFrom: { lt: to }, blockedUntil: { gt: from }, status: { notIn: ["CANCELLED", "LATE_CANCELLED"] } },
        orderBy: { startsAt: "asc" },
        select: {
          id: true,
          status: true,
          startsAt: true,
          endsAt: true,
          blockedFrom: true,
          blockedUntil: true,
          client: { select: { name: true } },
          service: { select: { name: true } },
          reviews: { ...OPEN_REVIEW, select: { id: true } },
        },
      },
    },
  });
  const columns = staff.map((member) => toColumn(member, day, timeZone));
  return { date, timeZone, columns };
}

type StaffRow = {
  id: string;
  displayName: string;
  workingHours: { weekday: number; startMinute: number; endMinute: number }[];
  dateOverrides: { startMinute: number | null; endMinute: number | null }[];
  timeOff: { startsAt: Date; endsAt: Date; reason: string }[];
  appointments: {
    id: string;
    status: string;
    startsAt: Date;
    endsAt: Date;
    blockedFrom: Date;
    blockedUntil: Date;
    client: { name: string };
    service: { name: string };
    reviews: { id: string }[];
  }[];
};

function toColumn(member: StaffRow, day: LocalDay, timeZone: string): CalendarColumn {
  const wall = (instant: Date) => wallMinute(instant, day.date, timeZone);
  // Rows with minutes are that date's ranges; a single row without minutes is a day off.
  const overrideRanges = member.dateOverrides
    .filter((o) => o.startMinute !== null)
    .map((o) => ({ startMinute: o.startMinute!, endMinute: o.endMinute! }));
  const dateOverrides = member.dateOverrides.length ? { [day.date]: overrideRanges } : {};
  const working = getHoursForDay({ id: member.id, weeklyHours: toWeeklyHours(member.workingHours), dateOverrides }, day);
  return {
    staffId: member.id,
    name: member.displayName,
    working: [...working].sort((a, b) => a.startMinute - b.startMinute),
    timeOff: member.timeOff.map((t) => ({ startMinute: wall(t.startsAt), endMinute: wall(t.endsAt), reason: t.reason })),
    appointments: member.appointments.map((a) => ({
      id: a.id,
      clientName: a.client.name,
      serviceName: a.service.name,
      status: a.status,
      startsAt: a.startsAt.toISOString(),
      endsAt: a.endsAt.toISOString(),
      startMinute: wall(a.startsAt),
      endMinute: wall(a.endsAt),
      blockedStartMinute: wall(a.blockedFrom),
      blockedEndMinute: wall(a.blockedUntil),
      needsReview: a.reviews.length > 0,
    })),
  };
}

export type WeekCalendar = { from: string; to: string; timeZone: string; days: DayCalendar[] };

/** Monday–Sunday around `date`, one day calendar per local date (the day view's own query, seven times). */
export async function getWeekCalendar(actor: Actor, date: string, options: { locationId?: string } = {}): Promise<WeekCalendar> {
  assertCan(actor, "admin:manage-schedule");
  const from = addDays(date, 1 - isoWeekdayOf(date));
  const days = await Promise.all(Array.from({ length: 7 }, (_, i) => getDayCalendar(actor, addDays(from, i), options)));
  return { from, to: addDays(from, 6), timeZone: days[0]!.timeZone, days };
}

export type RoomVisit = Pick<
  CalendarAppointment,
  "id" | "clientName" | "serviceName" | "status" | "startMinute" | "endMinute" | "blockedStartMinute" | "blockedEndMinute"
> & { staffName: string };
export type RoomColumn = { resourceId: string; name: string; kind: string; visits: RoomVisit[] };

/** One local day per room and device: the visits holding each unit (cancelled ones hold nothing). */
export async function getRoomDay(
  actor: Actor,
  date: string,
  options: { locationId?: string } = {},
): Promise<{ date: string; timeZone: string; rooms: RoomColumn[] }> {
  assertCan(actor, "admin:manage-schedule");
  const location = options.locationId
    ? {
        id: options.locationId,
        ...(await db.location.findUniqueOrThrow({ where: { id: options.locationId }, select: { timeZone: true } })),
      }
    : await requireSpaLocation();
  const { timeZone } = location;
  const bounds = getDayBounds(buildLocalDay(date, timeZone));
  const [from, to] = [new Date(bounds.start), new Date(bounds.end)];
  const resources = await db.resource.findMany({
    where: { locationId: location.id, active: true },
    orderBy: [{ kind: "asc" }, { name: "asc" }],
    select: {
      id: true,
      name: true,
      kind: true,
      appointments: {
        where: { occupying: true, blockedFrom: { lt: to }, blockedUntil: { gt: from } },
        orderBy: { blockedFrom: "asc" },
        select: {
          appointment: {
            select: {
              id: true,
              status: true,
              startsAt: true,
              endsAt: true,
              blockedFrom: true,
              blockedUntil: true,
              client: { select: { name: true } },
              service: { select: { name: true } },
              staff: { select: { displayName: true } },
            },
          },
        },
      },
    },
  });
  const wall = (instant: Date) => wallMinute(instant, date, timeZone);
  const rooms = resources.map((r) => ({
    resourceId: r.id,
    name: r.name,
    kind: r.kind,
    visits: r.appointments.map(({ appointment: a }) => ({
      id: a.id,
      clientName: a.client.name,
      serviceName: a.service.name,
      staffName: a.staff.displayName,
      status: a.status,
      startMinute: wall(a.startsAt),
      endMinute: wall(a.endsAt),
      blockedStartMinute: wall(a.blockedFrom),
      blockedEndMinute: wall(a.blockedUntil),
    })),
  }));
  return { date, timeZone, rooms };
}

/** After a refused move: the free times nearest to the one asked for (a week either side), as a client would be offered. */
export async function listMoveAlternatives(
  actor: Actor,
  input: { appointmentId: string; staffId: string; startsAt: string },
  now = new Date(),
): Promise<AvailableSlot[]> {
  assertCan(actor, "admin:manage-schedule");
  const movable = await findMovable(db, input.appointmentId);
  return findAlternatives(movable.service, new Date(input.startsAt), {
    staffId: input.staffId,
    now,
    excludeAppointmentId: input.appointmentId,
  });
}
