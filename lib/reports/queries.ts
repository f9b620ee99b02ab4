import "server-only";
import { assertCan } from "@/lib/auth/assert-can";
import type { Actor } from "@/lib/auth/policy";
import { requireSpaLocation } from "@/lib/location/queries";
import { toWeeklyHours } from "@/lib/scheduling/from-rows";
import { db } from "@/lib/db/client";
import { buildLocalDay, getDayBounds } from "@/lib/scheduling/local-day";
import type { WallRange } from "@/lib/scheduling";
import { localDateFromDbDate, type LocalDate } from "@/lib/dates/local-date";
import { countWorkingMinutes } from "./working-minutes";
import { summarise, type Report, type StaffFigures } from "./summarise";
import type { ReportPeriod } from "./schema";

type CountRow = {
  staff_id: string;
  bookings: number;
  cancellations: number;
  late_cancellations: number;
  no_shows: number;
  completed: number;
  rebooked: number;
  booked_minutes: number;
  revenue_cents: bigint;
  currency: string | null;
};

/**
 * Counts per esthetician for visits starting in [start, end), aggregated in Postgres. Six weeks
 * is 1008 hours, not '42 days': day arithmetic on timestamptz follows the session's zone.
 */
function countAppointments(locationId: string, start: Date, end: Date) {
  return db.$queryRaw<CountRow[]>`
    SELECT a.staff_id::text AS staff_id,
      count(*)::int AS bookings,
      count(*) FILTER (WHERE a.status IN ('CANCELLED', 'LATE_CANCELLED'))::int AS cancellations,
      count(*) FILTER (WHERE a.status = 'LATE_CANCELLED')::int AS late_cancellations,
      count(*) FILTER (WHERE a.status = 'NO_SHOW')::int AS no_shows,
      count(*) FILTER (WHERE a.status = 'COMPLETED')::int AS completed,
      count(*) FILTER (WHERE a.status = 'COMPLETED' AND EXISTS (
        SELECT 1 FROM appointment n
        WHERE n.client_id = a.client_id AND n.location_id = a.location_id AND n.id <> a.id
          AND n.starts_at > a.starts_at AND n.starts_at <= a.starts_at + interval '1008 hours'
          AND n.status NOT IN ('CANCELLED', 'LATE_CANCELLED')
      ))::int AS rebooked,
      coalesce(sum(extract(epoch FROM a.ends_at - a.starts_at) / 60) FILTER (WHERE a.status NOT IN ('CANCELLED', 'LATE_CANCELLED')), 0)::int AS booked_minutes,
      coalesce(sum(a.price_cents) FILTER (WHERE a.status = 'COMPLETED'), 0)::bigint AS revenue_cents,
      max(a.currency) AS currency
    FROM appointment a
    WHERE a.location_id = ${locationId}::uuid AND a.starts_at >= ${start} AND a.starts_at < ${end}
      -- A waitlist hold is not a booking until it is claimed (lib/waitlist).
      AND a.status <> 'HELD'
    GROUP BY a.staff_id`;
}

function loadStaff(locationId: string, period: ReportPeriod, start: Date, end: Date) {
  return db.staffProfile.findMany({
    where: { locationId },
    orderBy: { displayName: "asc" },
    select: {
      id: true,
      displayName: true,
      active: true,
      startDate: true,
      workingHours: { select: { weekday: true, startMinute: true, endMinute: true } },
      dateOverrides: {
        where: { date: { gte: new Date(`${period.from}T00:00:00Z`), lte: new Date(`${period.to}T00:00:00Z`) } },
        select: { date: true, startMinute: true, endMinute: true },
      },
      timeOff: { where: { startsAt: { lt: end }, endsAt: { gt: start } }, select: { startsAt: true, endsAt: true } },
    },
  });
}

type StaffRow = Awaited<ReturnType<typeof loadStaff>>[number];

function toOverrides(rows: StaffRow["dateOverrides"]): Record<LocalDate, WallRange[]> {
  const overrides: Record<LocalDate, WallRange[]> = {};
  for (const { date, startMinute, endMinute } of rows) {
    // A DATE column arrives as UTC midnight of that calendar date; a row without minutes is a day off.
    const key = localDateFromDbDate(date);
    overrides[key] ??= [];
    if (startMinute !== null && endMinute !== null) overrides[key].push({ startMinute, endMinute });
  }
  return overrides;
}

function toFigures(member: StaffRow, counts: CountRow | undefined, period: ReportPeriod, timeZone: string): StaffFigures {
  const schedule = {
    id: member.id,
    weeklyHours: toWeeklyHours(member.workingHours),
    dateOverrides: toOverrides(member.dateOverrides),
    timeOff: member.timeOff.map((t) => ({ start: t.startsAt.getTime(), end: t.endsAt.getTime() })),
  };
  return {
    staffId: member.id,
    name: member.displayName,
    bookings: counts?.bookings ?? 0,
    cancellations: counts?.cancellations ?? 0,
    lateCancellations: counts?.late_cancellations ?? 0,
    noShows: counts?.no_shows ?? 0,
    completed: counts?.completed ?? 0,
    rebooked: counts?.rebooked ?? 0,
    bookedMinutes: counts?.booked_minutes ?? 0,
    workingMinutes: countWorkingMinutes({
      schedule,
      from: period.from,
      to: period.to,
      startDate: localDateFromDbDate(member.startDate),
      timeZone,
    }),
    revenueCents: Number(counts?.revenue_cents ?? 0),
  };
}

/**
 * The spa's report for local dates [from, to]. Appointments count by the local date their visit
 * starts on; an esthetician's working time counts from their start date. One currency per spa is assumed (the services' currency); inactive estheticians
 * appear only when they had visits in the period.
 */
export async function getReport(actor: Actor, period: ReportPeriod, options: { locationId?: string } = {}): Promise<Report> {
  assertCan(actor, "admin:view-reports");
  const location = options.locationId
    ? await db.location.findUniqueOrThrow({ where: { id: options.locationId }, select: { id: true, timeZone: true } })
    : await requireSpaLocation();
  const { timeZone } = location;
  const start = new Date(getDayBounds(buildLocalDay(period.from, timeZone)).start);
  const end = new Date(getDayBounds(buildLocalDay(period.to, timeZone)).end);
  const [counts, staff] = await Promise.all([countAppointments(location.id, start, end), loadStaff(location.id, period, start, end)]);
  const byStaff = new Map(counts.map((row) => [row.staff_id, row]));
  const figures = staff
    .filter((member) => member.active || byStaff.has(member.id))
    .map((member) => toFigures(member, byStaff.get(member.id), period, timeZone));
  const currency = counts.find((row) => row.currency)?.currency ?? "USD";
  return summarise({ period, timeZone, currency, figures });
}
