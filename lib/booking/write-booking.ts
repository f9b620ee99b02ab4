import "server-only";
import type { AppointmentStatus } from "@/lib/db/generated/enums";
import { sql, type DbClient } from "@/lib/db/client";
import type { LocalDate } from "@/lib/dates/local-date";
import type { ScheduleChangeKind } from "@/lib/schedule-feed/events";
import { clientOverlapOf } from "./client-overlap";
import { appointmentMailOf, appointmentMailSelect, type AppointmentMailRow } from "./messages/appointment-mail";

/** A new visit, placed (esthetician, units, blocked interval) while the day's booking lock is held. */
export type NewBooking = {
  locationId: string;
  clientId: string;
  serviceId: string;
  staffId: string;
  startsAt: Date;
  endsAt: Date;
  blockedFrom: Date;
  blockedUntil: Date;
  resourceIds: string[];
  priceCents: number;
  currency: string;
  clientNotes: string;
  /** The visit's local day, for the schedule feed. */
  date: LocalDate;
  /** The desk's reason to book over another of the client's visits; null refuses such a booking. */
  overlapReason: string | null;
};

// The schedule feed's kind for a new visit (lib/schedule-feed/events.ts).
const BOOKED: ScheduleChangeKind = "appointment.booked";

type WrittenRow = AppointmentMailRow & { staffId: string; serviceId: string; clientOverlapReason: string | null; overlapping: string[] };

/**
 * Writes a booking in one statement (docs/decisions/0045): the appointment, the units it holds,
 * and its schedule-feed entry, and reads back what its messages need. Each statement in the
 * booking's transaction is a round trip made while the day's lock is held, which every other
 * booking of that day waits for.
 *
 * The client's other visits at that time are read in the same statement (docs/decisions/0028).
 * When there are some and no `overlapReason`, nothing is written and null is returned; with a
 * reason, the visit keeps it (the exclusion constraint then lets it overlap) and `overlapping`
 * lists them. The exclusion constraints still settle races: a lost one raises 23P01 as a lone
 * insert would (tests/integration/write-booking.test.ts).
 */
export async function writeBooking(tx: DbClient, booking: NewBooking) {
  const [row] = await tx.$queryRaw<WrittenRow[]>`
    WITH overlapping AS (
      SELECT a.id, a.starts_at FROM appointment a WHERE ${clientOverlapOf(booking.clientId, booking)}
    ), written AS (
      INSERT INTO appointment (location_id, client_id, service_id, staff_id, starts_at, ends_at, blocked_from,
                               blocked_until, price_cents, currency, client_notes, client_overlap_reason, created_at, updated_at)
      SELECT ${booking.locationId}::uuid, ${booking.clientId}::uuid, ${booking.serviceId}::uuid, ${booking.staffId}::uuid,
             ${booking.startsAt}, ${booking.endsAt}, ${booking.blockedFrom}, ${booking.blockedUntil},
             ${booking.priceCents}, ${booking.currency}, ${booking.clientNotes},
             CASE WHEN EXISTS (SELECT 1 FROM overlapping) THEN ${booking.overlapReason}::text END,
             clock_timestamp(), clock_timestamp()
      WHERE ${booking.overlapReason}::text IS NOT NULL OR NOT EXISTS (SELECT 1 FROM overlapping)
      RETURNING *
    ), held AS (
      INSERT INTO appointment_resource (appointment_id, resource_id, blocked_from, blocked_until)
      SELECT w.id, unit, w.blocked_from, w.blocked_until FROM written w, unnest(${booking.resourceIds}::uuid[]) AS unit
    ), announced AS (
      INSERT INTO schedule_change (location_id, kind, appointment_id, staff_ids, dates)
      SELECT w.location_id, ${BOOKED}, w.id, ARRAY[w.staff_id], ARRAY[${booking.date}::date] FROM written w
    ), mail AS (
      ${appointmentMailSelect(sql`written`)}
    )
    SELECT mail.*, w.staff_id AS "staffId", w.service_id AS "serviceId", w.client_overlap_reason AS "clientOverlapReason",
           ARRAY(SELECT id FROM overlapping ORDER BY starts_at, id) AS overlapping
    FROM mail JOIN written w ON w.id = mail.id`;
  if (!row) return null;
  const appointment = {
    id: row.id,
    startsAt: row.startsAt,
    endsAt: row.endsAt,
    staffId: row.staffId,
    serviceId: row.serviceId,
    clientId: row.clientId,
    status: row.status as AppointmentStatus,
  };
  return { appointment, overlapping: row.clientOverlapReason ? row.overlapping : [], mail: appointmentMailOf(row) };
}
