import "server-only";
import { TZDate } from "@date-fns/tz";
import { assertCan } from "@/lib/auth/assert-can";
import { findAlternatives, type AvailableSlot } from "@/lib/booking/availability";
import type { Actor } from "@/lib/auth/policy";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import { addDays, getLocalDate, isoWeekdayOf, localDateFromDbDate, type LocalDate } from "@/lib/dates/local-date";
import { buildLocalDay, getDayBounds } from "@/lib/scheduling/local-day";
import { getHoursForDay } from "@/lib/scheduling/staff-windows";
import { toDateOverrides, toWeeklyHours } from "@/lib/scheduling/from-rows";
import { getScheduleVersion } from "@/lib/schedule-feed/queries";
import { findMovable } from "./move-command";
import { FREEING_STATUSES } from "./load-schedule";
import { OPEN_REVIEW } from "./review/recheck";
import { loadVisitBadges } from "./visit-badges";
import { unionOfRanges, visibleMinutes, type CalendarGrid, type CalendarView, type GridBlock, type GridColumn } from "./calendar-grid";

type Location = { id: string; timeZone: string; slotMinutes: number };

async function loadLocation(locationId?: string): Promise<Location> {
  const location = await db.location.findFirst({
    where: locationId ? { id: locationId } : {},
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: { id: true, timeZone: true, bookingPolicy: { select: { slotIntervalMinutes: true } } },
  });
  if (!location) throw new AppError("NOT_FOUND", "The spa has not been set up yet.");
  return { id: location.id, timeZone: location.timeZone, slotMinutes: location.bookingPolicy?.slotIntervalMinutes ?? 15 };
}

/** Wall-clock minute of `instant` on local `date`, clipped to [0, 1440]. */
function wallMinute(instant: Date, date: LocalDate, timeZone: string): number {
  const day = getLocalDate(instant, timeZone);
  if (day < date) return 0;
  if (day > date) return 1440;
  const local = new TZDate(instant.getTime(), timeZone);
  return local.getHours() * 60 + local.getMinutes();
}

function instantRange(dates: readonly LocalDate[], timeZone: string) {
  return {
    from: new Date(getDayBounds(buildLocalDay(dates[0]!, timeZone)).start),
    to: new Date(getDayBounds(buildLocalDay(dates[dates.length - 1]!, timeZone)).end),
  };
}

const visitSelect = {
  id: true,
  clientId: true,
  staffId: true,
  status: true,
  startsAt: true,
  endsAt: true,
  blockedFrom: true,
  blockedUntil: true,
  client: { select: { name: true, phone: true } },
  service: { select: { name: true, requiresIntake: true, steps: true } },
  staff: { select: { displayName: true } },
  reviews: { ...OPEN_REVIEW, select: { id: true } },
} as const;

async function loadVisits(where: object, location: Location, dates: readonly LocalDate[]) {
  const { from, to } = instantRange(dates, location.timeZone);
  const rows = await db.appointment.findMany({
    where: {
      ...where,
      locationId: location.id,
      blockedFrom: { lt: to },
      blockedUntil: { gt: from },
      status: { notIn: [...FREEING_STATUSES] },
    },
    orderBy: { startsAt: "asc" },
    select: visitSelect,
  });
  const badges = await loadVisitBadges(db, rows, location);
  return rows.map((row) => ({ row, badges: badges.get(row.id)! }));
}

type Visit = Awaited<ReturnType<typeof loadVisits>>[number];

function toBlock({ row, badges }: Visit, date: LocalDate, timeZone: string): GridBlock {
  const wall = (instant: Date) => wallMinute(instant, date, timeZone);
  return {
    id: row.id,
    clientId: row.clientId,
    clientName: row.client.name,
    clientPhone: row.client.phone,
    serviceName: row.service.name,
    staffId: row.staffId,
    staffName: row.staff.displayName,
    status: row.status as GridBlock["status"],
    startsAt: row.startsAt.toISOString(),
    endsAt: row.endsAt.toISOString(),
    startMinute: wall(row.startsAt),
    endMinute: wall(row.endsAt),
    blockedStartMinute: wall(row.blockedFrom),
    blockedEndMinute: wall(row.blockedUntil),
    ...badges,
    needsReview: row.reviews.length > 0,
  };
}

/** Visits whose blocked range touches `date` (a visit across midnight shows on both days). */
function onDate(visits: readonly Visit[], date: LocalDate, timeZone: string): Visit[] {
  const bounds = getDayBounds(buildLocalDay(date, timeZone));
  return visits.filter(({ row }) => row.blockedFrom.getTime() < bounds.end && row.blockedUntil.getTime() > bounds.start);
}

async function loadStaff(location: Location, dates: readonly LocalDate[], staffId?: string) {
  const { from, to } = instantRange(dates, location.timeZone);
  return db.staffProfile.findMany({
    where: { locationId: location.id, active: true, ...(staffId ? { id: staffId } : {}) },
    orderBy: { displayName: "asc" },
    select: {
      id: true,
      displayName: true,
      workingHours: { select: { weekday: true, startMinute: true, endMinute: true } },
      dateOverrides: {
        where: { date: { gte: new Date(`${dates[0]}T00:00:00Z`), lte: new Date(`${dates[dates.length - 1]}T00:00:00Z`) } },
        select: { date: true, startMinute: true, endMinute: true, reason: true },
      },
      timeOff: { where: { startsAt: { lt: to }, endsAt: { gt: from } }, select: { startsAt: true, endsAt: true, reason: true } },
    },
  });
}

type StaffRow = Awaited<ReturnType<typeof loadStaff>>[number];

function staffColumn(
  member: StaffRow,
  date: LocalDate,
  visits: readonly Visit[],
  options: { timeZone: string; key: string; label: string },
) {
  const { timeZone } = options;
  const day = buildLocalDay(date, timeZone);
  const schedule = { id: member.id, weeklyHours: toWeeklyHours(member.workingHours), dateOverrides: toDateOverrides(member.dateOverrides) };
  const override = member.dateOverrides.filter((row) => localDateFromDbDate(row.date) === date);
  const bounds = getDayBounds(day);
  const column: GridColumn = {
    key: options.key,
    label: options.label,
    date,
    staffId: member.id,
    working: [...getHoursForDay(schedule, day)].sort((a, b) => a.startMinute - b.startMinute),
    timeOff: member.timeOff
      .filter((t) => t.startsAt.getTime() < bounds.end && t.endsAt.getTime() > bounds.start)
      .map((t) => ({
        startMinute: wallMinute(t.startsAt, date, timeZone),
        endMinute: wallMinute(t.endsAt, date, timeZone),
        reason: t.reason,
      })),
    override: override.length ? { reason: override[0]!.reason, dayOff: override.every((row) => row.startMinute === null) } : null,
    blocks: onDate(
      visits.filter(({ row }) => row.staffId === member.id),
      date,
      timeZone,
    ).map((visit) => toBlock(visit, date, timeZone)),
  };
  return column;
}

function grid(
  view: CalendarView,
  location: Location,
  options: { date: LocalDate; dates: LocalDate[]; columns: GridColumn[]; staff: StaffRow[]; version: number },
): CalendarGrid {
  return {
    view,
    date: options.date,
    dates: options.dates,
    timeZone: location.timeZone,
    slotMinutes: location.slotMinutes,
    ...visibleMinutes(options.columns),
    columns: options.columns,
    staff: options.staff.map((member) => ({ id: member.id, name: member.displayName })),
    version: options.version,
  };
}

/** The Monday-to-Sunday week holding `date`. */
export function weekOf(date: LocalDate): LocalDate[] {
  const monday = addDays(date, 1 - isoWeekdayOf(date));
  return Array.from({ length: 7 }, (_, i) => addDays(monday, i));
}

/**
 * The spa's calendar for the front desk and admins: one local day with a column per active
 * esthetician ("staff") or per room and device ("rooms"), or one esthetician's week ("week").
 * Hours (breaks are the gaps), date overrides, time off and visits with their buffers, intake
 * and flag badges. Cancelled visits hold no time and are not shown.
 */
export async function getSpaCalendar(
  actor: Actor,
  options: { view: CalendarView; date: LocalDate; staffId?: string; locationId?: string },
): Promise<CalendarGrid> {
  assertCan(actor, "calendar:view-spa");
  const location = await loadLocation(options.locationId);
  if (options.view === "week") {
    return weekGrid(location, { date: options.date, staffId: options.staffId, version: await getScheduleVersion(db, location.id) });
  }
  const dates = [options.date];
  // The version is read first: anything committed after it arrives as a later change.
  const version = await getScheduleVersion(db, location.id);
  const [staff, visits] = await Promise.all([loadStaff(location, dates), loadVisits({}, location, dates)]);
  const columns =
    options.view === "rooms"
      ? await roomColumns(location, options.date, visits, staff)
      : staff.map((member) =>
          staffColumn(member, options.date, visits, { timeZone: location.timeZone, key: member.id, label: member.displayName }),
        );
  return grid(options.view, location, { date: options.date, dates, columns, staff, version });
}

async function weekGrid(location: Location, options: { date: LocalDate; staffId?: string; version: number }): Promise<CalendarGrid> {
  const dates = weekOf(options.date);
  const staff = await loadStaff(location, dates);
  const member = staff.find((candidate) => candidate.id === options.staffId) ?? staff[0];
  const visits = member ? await loadVisits({ staffId: member.id }, location, dates) : [];
  const columns = member
    ? dates.map((date) => staffColumn(member, date, visits, { timeZone: location.timeZone, key: date, label: date }))
    : [];
  return grid("week", location, { date: options.date, dates, columns, staff, version: options.version });
}

/** A column per active room or device: the visits holding it (buffers too); open while anyone works. */
async function roomColumns(
  location: Location,
  date: LocalDate,
  visits: readonly Visit[],
  staff: readonly StaffRow[],
): Promise<GridColumn[]> {
  const resources = await db.resource.findMany({
    where: { locationId: location.id, active: true },
    orderBy: [{ kind: "asc" }, { name: "asc" }],
    select: {
      id: true,
      name: true,
      appointments: { where: { occupying: true, appointmentId: { in: visits.map((v) => v.row.id) } }, select: { appointmentId: true } },
    },
  });
  const open = unionOfRanges(
    staff.flatMap((member) => staffColumn(member, date, [], { timeZone: location.timeZone, key: "", label: "" }).working),
  );
  const byId = new Map(visits.map((visit) => [visit.row.id, visit]));
  return resources.map((resource) => ({
    key: resource.id,
    label: resource.name,
    date,
    staffId: null,
    working: open,
    timeOff: [],
    override: null,
    blocks: resource.appointments.flatMap(({ appointmentId }) => {
      const visit = byId.get(appointmentId);
      return visit ? [toBlock(visit, date, location.timeZone)] : [];
    }),
  }));
}

/** An esthetician's own day or week, in the same grid: their column only. */
export async function getOwnCalendar(actor: Actor, options: { view: "staff" | "week"; date?: string; now?: Date }): Promise<CalendarGrid> {
  assertCan(actor, "staff:view-own-schedule");
  const profile = await db.staffProfile.findFirst({
    where: { userId: actor.userId, active: true },
    select: { id: true, locationId: true },
  });
  if (!profile) throw new AppError("NOT_FOUND", "Your staff profile was not found.");
  const location = await loadLocation(profile.locationId);
  const date = options.date ?? getLocalDate(options.now ?? new Date(), location.timeZone);
  const version = await getScheduleVersion(db, location.id);
  const dates = options.view === "week" ? weekOf(date) : [date];
  const [staff, visits] = await Promise.all([loadStaff(location, dates, profile.id), loadVisits({ staffId: profile.id }, location, dates)]);
  const [member] = staff;
  const columns = member
    ? dates.map((day) =>
        staffColumn(member, day, visits, {
          timeZone: location.timeZone,
          key: options.view === "week" ? day : member.id,
          label: options.view === "week" ? day : member.displayName,
        }),
      )
    : [];
  return grid(options.view, location, { date, dates, columns, staff, version });
}

/** After a refused move: the free times nearest to the one asked for (a week either side), as a client would be offered. */
export async function listMoveAlternatives(
  actor: Actor,
  input: { appointmentId: string; staffId: string; startsAt: string },
  now = new Date(),
): Promise<AvailableSlot[]> {
  assertCan(actor, "calendar:manage-appointments");
  const movable = await findMovable(db, input.appointmentId);
  return findAlternatives(movable.service, new Date(input.startsAt), {
    staffId: input.staffId,
    now,
    excludeAppointmentId: input.appointmentId,
  });
}
