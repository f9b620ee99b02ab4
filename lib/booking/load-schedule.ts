import "server-only";
import { isUuid } from "@/lib/ids/uuid";
import { rawSql as raw, sql, type DbClient } from "@/lib/db/client";
import type { ResourceKind, TreatmentStep } from "@/lib/db/generated/enums";
import { addDays, localDateToUtcMidnight, type LocalDate } from "@/lib/dates/local-date";
import type { ListSlotsOptions, ResourceSchedule, StaffSchedule } from "@/lib/scheduling";
import type { Interval } from "@/lib/scheduling";
import { toDateOverrides, toWeeklyHours } from "@/lib/scheduling/from-rows";
import { intakePolicyValues, type IntakePolicyValues } from "@/lib/intake/store";

/** Statuses whose appointments no longer hold their time. */
export const FREEING_STATUSES = ["CANCELLED", "LATE_CANCELLED"] as const;

export type ScheduleInput = Omit<ListSlotsOptions, "now">;

/** An active service with what the engine and the booking need, and its location's schedule version. */
export type BookableService = {
  id: string;
  slug: string;
  name: string;
  durationMinutes: number;
  bufferBeforeMinutes: number;
  bufferAfterMinutes: number;
  priceCents: number;
  currency: string;
  requiresIntake: boolean;
  steps: TreatmentStep[];
  resourceRequirements: { kind: ResourceKind; quantity: number }[];
  location: {
    id: string;
    name: string;
    phone: string;
    email: string;
    address: string;
    timeZone: string;
    bookingPolicy: {
      slotIntervalMinutes: number;
      minNoticeMinutes: number;
      maxAdvanceDays: number;
      cancellationWindowHours: number;
    } | null;
    /** Read with the service so a booking's intake checks need no reads of their own. */
    intakePolicy: IntakePolicyValues;
  };
  /**
   * The location's schedule version when this was read (lib/schedule-feed): read in the same
   * statement, before any schedule data is loaded, so schedule data loaded afterwards is at least
   * this new (the key of the schedule cache).
   */
  scheduleVersion: number;
};

/** An active service by id or slug, with its location, its policies and schedule version: one round trip. */
export async function findBookableService(client: DbClient, idOrSlug: string): Promise<BookableService | null> {
  const id = isUuid(idOrSlug) ? idOrSlug : null;
  type Row = Omit<BookableService, "scheduleVersion" | "location"> & {
    location: Omit<BookableService["location"], "intakePolicy"> & { intakePolicy: Partial<IntakePolicyValues> | null };
    scheduleVersion: bigint | number;
  };
  const rows = await client.$queryRaw<Row[]>`
    SELECT s.id, s.slug, s.name, s.duration_minutes AS "durationMinutes", s.buffer_before_minutes AS "bufferBeforeMinutes",
      s.buffer_after_minutes AS "bufferAfterMinutes", s.price_cents AS "priceCents", s.currency, s.requires_intake AS "requiresIntake",
      s.steps::text[] AS steps,
      coalesce((SELECT json_agg(json_build_object('kind', r.kind, 'quantity', r.quantity) ORDER BY r.kind)
        FROM service_resource_requirement r WHERE r.service_id = s.id), '[]'::json) AS "resourceRequirements",
      json_build_object('id', l.id, 'name', l.name, 'phone', l.phone, 'email', l.email, 'address', l.address, 'timeZone', l.time_zone,
        'bookingPolicy', (SELECT json_build_object('slotIntervalMinutes', p.slot_interval_minutes, 'minNoticeMinutes', p.min_notice_minutes,
          'maxAdvanceDays', p.max_advance_days, 'cancellationWindowHours', p.cancellation_window_hours)
          FROM booking_policy p WHERE p.location_id = l.id),
        'intakePolicy', (SELECT json_build_object('validMonths', ip.valid_months, 'requiredAt', ip.required_at,
          'reminderLeadHours', ip.reminder_lead_hours) FROM intake_policy ip WHERE ip.location_id = l.id)) AS location,
      coalesce((SELECT v.version FROM schedule_version v WHERE v.location_id = l.id), 0) AS "scheduleVersion"
    FROM service s JOIN location l ON l.id = s.location_id
    WHERE s.active AND ${id === null ? sql`s.slug = ${idOrSlug}` : sql`s.id = ${id}::uuid`}
    LIMIT 1`;
  const row = rows[0];
  if (!row) return null;
  const location = { ...row.location, intakePolicy: intakePolicyValues(row.location.intakePolicy) };
  return { ...row, location, scheduleVersion: Number(row.scheduleVersion) };
}

/**
 * Everything the availability engine needs for `service` over local dates `range`, in ONE round
 * trip: a single statement whose CTEs pick the qualified staff and the required resources and
 * aggregate their hours, overrides, time off and occupied intervals as JSON (instants as epoch
 * milliseconds). Instants are loaded for a window padded by a day each side, which covers every
 * zone. `excludeAppointmentId` leaves out an appointment being moved, so it never blocks itself.
 * Inside a transaction it reads that transaction's view (the booking's re-check under its lock).
 */
export async function loadScheduleInput(
  client: DbClient,
  options: { service: BookableService; range: { from: LocalDate; to: LocalDate }; staffId?: string; excludeAppointmentId?: string },
): Promise<ScheduleInput> {
  const { service, range } = options;
  const policy = service.location.bookingPolicy;
  if (!policy) throw new Error(`Location ${service.location.id} has no booking policy`);
  const windowFrom = addDays(range.from, -1);
  const windowTo = addDays(range.to, 2);
  const gte = new Date(localDateToUtcMidnight(windowFrom));
  const lt = new Date(localDateToUtcMidnight(windowTo));
  const kinds = service.resourceRequirements.map((requirement) => requirement.kind);
  const staffId = options.staffId && isUuid(options.staffId) ? options.staffId : null;
  if (options.staffId && !staffId) return engineInput(service, range, [], []);
  const exclude = options.excludeAppointmentId ?? null;
  const [row] = await client.$queryRaw<[{ staff: LoadedStaff[] | null; resources: LoadedResource[] | null }]>`
    WITH staff AS (
      SELECT sp.id FROM staff_profile sp
      WHERE sp.active AND sp.location_id = ${service.location.id}::uuid
        AND EXISTS (SELECT 1 FROM staff_service ss WHERE ss.staff_id = sp.id AND ss.service_id = ${service.id}::uuid)
        AND (${staffId}::uuid IS NULL OR sp.id = ${staffId}::uuid)
    ),
    resources AS (
      SELECT r.id, r.kind::text AS kind FROM resource r
      WHERE r.active AND r.location_id = ${service.location.id}::uuid AND r.kind::text = ANY(${kinds}::text[])
    )
    SELECT
      (SELECT json_agg(json_build_object(
        'id', s.id,
        'hours', (SELECT json_agg(json_build_array(w.weekday, w.start_minute, w.end_minute)) FROM working_hours w WHERE w.staff_id = s.id),
        'overrides', (SELECT json_agg(json_build_array(to_char(o.date, 'YYYY-MM-DD'), o.start_minute, o.end_minute))
          FROM staff_date_override o WHERE o.staff_id = s.id AND o.date >= ${windowFrom}::date AND o.date < ${windowTo}::date),
        'timeOff', (SELECT json_agg(json_build_array(${epochMs("t.starts_at")}, ${epochMs("t.ends_at")}))
          FROM staff_time_off t WHERE t.staff_id = s.id AND t.ends_at > ${gte} AND t.starts_at < ${lt}),
        'blocked', (SELECT json_agg(json_build_array(${epochMs("a.blocked_from")}, ${epochMs("a.blocked_until")}))
          FROM appointment a WHERE a.staff_id = s.id AND a.status NOT IN ('CANCELLED', 'LATE_CANCELLED')
            AND a.blocked_until > ${gte} AND a.blocked_from < ${lt} AND (${exclude}::uuid IS NULL OR a.id <> ${exclude}::uuid))
      )) FROM staff s) AS staff,
      (SELECT json_agg(json_build_object(
        'id', r.id,
        'kind', r.kind,
        'blocked', (SELECT json_agg(json_build_array(${epochMs("ar.blocked_from")}, ${epochMs("ar.blocked_until")}))
          FROM appointment_resource ar WHERE ar.resource_id = r.id AND ar.occupying
            AND ar.blocked_until > ${gte} AND ar.blocked_from < ${lt} AND (${exclude}::uuid IS NULL OR ar.appointment_id <> ${exclude}::uuid))
      )) FROM resources r) AS resources`;
  return engineInput(service, range, row?.staff ?? [], row?.resources ?? []);
}

type Pair = [number, number];
type LoadedStaff = {
  id: string;
  hours: [number, number, number][] | null;
  overrides: [string, number | null, number | null][] | null;
  timeOff: Pair[] | null;
  blocked: Pair[] | null;
};
type LoadedResource = { id: string; kind: string; blocked: Pair[] | null };

/** A timestamptz column as whole epoch milliseconds (a JSON number). */
function epochMs(column: string) {
  return raw(`(extract(epoch FROM ${column}) * 1000)::bigint`);
}

function engineInput(
  service: BookableService,
  range: { from: LocalDate; to: LocalDate },
  staff: LoadedStaff[],
  resources: LoadedResource[],
): ScheduleInput {
  return {
    timeZone: service.location.timeZone,
    policy: service.location.bookingPolicy!,
    range,
    service: {
      durationMinutes: service.durationMinutes,
      bufferBeforeMinutes: service.bufferBeforeMinutes,
      bufferAfterMinutes: service.bufferAfterMinutes,
      resources: service.resourceRequirements,
    },
    staff: staff.map(toStaffSchedule),
    resources: resources.map((r): ResourceSchedule => ({ id: r.id, kind: r.kind, blocked: (r.blocked ?? []).map(toInterval) })),
  };
}

function toInterval([start, end]: Pair): Interval {
  return { start: Number(start), end: Number(end) };
}

function toStaffSchedule(row: LoadedStaff): StaffSchedule {
  return {
    id: row.id,
    weeklyHours: toWeeklyHours((row.hours ?? []).map(([weekday, startMinute, endMinute]) => ({ weekday, startMinute, endMinute }))),
    dateOverrides: toDateOverrides(
      (row.overrides ?? []).map(([date, startMinute, endMinute]) => ({
        date: new Date(localDateToUtcMidnight(date)),
        startMinute,
        endMinute,
      })),
    ),
    timeOff: (row.timeOff ?? []).map(toInterval),
    blocked: (row.blocked ?? []).map(toInterval),
  };
}
