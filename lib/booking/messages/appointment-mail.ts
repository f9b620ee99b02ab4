import { sql, type DbClient, type Sql } from "@/lib/db/client";
import type { AppointmentStatus } from "@/lib/db/generated/enums";
import { appOrigin, fromAddressFor, type StoredAttachment } from "@/lib/notify/outbox";
import { buildAppointmentIcs } from "@/lib/booking/ics";
import type { LocalDate } from "@/lib/dates/local-date";
import { DEFAULT_REMINDER_LEAD_HOURS } from "@/lib/intake/store";
import { intakeStatusOf } from "@/lib/intake/status";
import { DEFAULT_INTAKE_VALID_MONTHS } from "@/lib/intake/validity";
import type { AppointmentMailData } from "./appointment-templates";

export type AppointmentMail = ReturnType<typeof appointmentMailOf>;
/** An appointment's mail for a client who has an email address to send it to. */
export type AddressedMail = AppointmentMail & { to: string };

/** The mail if its client has an address, else null (a desk-created client may have none). */
export function withAddress(mail: AppointmentMail | null): AddressedMail | null {
  return mail?.to ? (mail as AddressedMail) : null;
}

export const NO_ADDRESS_REASON = "Not sent: the client has no email address.";

export type AppointmentMailRow = {
  id: string;
  status: string;
  startsAt: Date;
  endsAt: Date;
  clientId: string;
  clientName: string;
  clientEmail: string | null;
  reminders: boolean | null;
  serviceName: string;
  requiresIntake: boolean;
  staffName: string;
  locationId: string;
  locationName: string;
  address: string;
  phone: string;
  email: string;
  timeZone: string;
  cancellationWindowHours: number | null;
  latestIntakeOn: string | null;
  intakeValidMonths: number | null;
  intakeReminderLeadHours: number[] | null;
};

/**
 * The appointment's mail columns over `source`, aliased `a`: the appointment table, or the row a
 * statement has just written (a booking reads its mail in the statement that writes it,
 * lib/booking/write-booking.ts). It includes the visit's intake status (from the DATE of the
 * client's latest submission only, as intakeStatusFor reads it) and the spa's intake reminder
 * cadence, which the intake messages need.
 */
export function appointmentMailSelect(source: Sql): Sql {
  return sql`
    SELECT a.id, a.status::text AS status, a.starts_at AS "startsAt", a.ends_at AS "endsAt",
           u.id AS "clientId", u.name AS "clientName", u.email AS "clientEmail", np.reminders,
           s.name AS "serviceName", s.requires_intake AS "requiresIntake", sp.display_name AS "staffName",
           l.id AS "locationId", l.name AS "locationName", l.address, l.phone, l.email, l.time_zone AS "timeZone",
           bp.cancellation_window_hours AS "cancellationWindowHours",
           (SELECT to_char(i.submitted_on, 'YYYY-MM-DD') FROM intake_submission i WHERE i.client_id = a.client_id
             ORDER BY i.submitted_at DESC, i.id DESC LIMIT 1) AS "latestIntakeOn",
           ip.valid_months AS "intakeValidMonths", ip.reminder_lead_hours AS "intakeReminderLeadHours"
    FROM ${source} a
    JOIN app_user u ON u.id = a.client_id
    JOIN service s ON s.id = a.service_id
    JOIN staff_profile sp ON sp.id = a.staff_id
    JOIN location l ON l.id = a.location_id
    LEFT JOIN notification_preference np ON np.user_id = u.id
    LEFT JOIN booking_policy bp ON bp.location_id = l.id
    LEFT JOIN intake_policy ip ON ip.location_id = l.id`;
}

/** The appointment as messages need it, or null when it no longer exists: one statement. */
export async function loadAppointmentMail(database: DbClient, appointmentId: string, origin = appOrigin()) {
  const [row] = await database.$queryRaw<AppointmentMailRow[]>`
    ${appointmentMailSelect(sql`appointment`)}
    WHERE a.id = ${appointmentId}::uuid`;
  return row ? appointmentMailOf(row, origin) : null;
}

/** What messages need, from a row of appointmentMailSelect. */
export function appointmentMailOf(row: AppointmentMailRow, origin = appOrigin()) {
  const location = { name: row.locationName, address: row.address, phone: row.phone, email: row.email, timeZone: row.timeZone };
  const data: AppointmentMailData = {
    appointmentId: row.id,
    clientName: row.clientName,
    serviceName: row.serviceName,
    staffName: row.staffName,
    startsAt: row.startsAt,
    endsAt: row.endsAt,
    location,
    manageUrl: `${origin}/account/appointments/${row.id}`,
    cancellationWindowHours: row.cancellationWindowHours ?? 24,
  };
  const visit = {
    clientId: row.clientId,
    startsAt: row.startsAt,
    service: { requiresIntake: row.requiresIntake },
    location: { id: row.locationId, timeZone: row.timeZone },
  };
  return {
    data,
    status: row.status as AppointmentStatus,
    to: row.clientEmail,
    from: fromAddressFor(location),
    remindersEnabled: row.reminders ?? true,
    /** What the intake messages need: the visit, its intake status, the spa's cadence, where the form is. */
    visit,
    intake: intakeStatusOf(visit, row.latestIntakeOn as LocalDate | null, row.intakeValidMonths ?? DEFAULT_INTAKE_VALID_MONTHS),
    intakeReminderLeadHours: row.intakeReminderLeadHours ?? [...DEFAULT_REMINDER_LEAD_HOURS],
    intakeUrl: `${origin}/account/intake`,
  };
}

/** The .ics for the appointment's current state (same UID, so calendars update the one event). */
export function icsAttachment(data: AppointmentMailData, status: string): StoredAttachment {
  const content = buildAppointmentIcs({
    id: data.appointmentId,
    startsAt: data.startsAt,
    endsAt: data.endsAt,
    status,
    serviceName: data.serviceName,
    staffName: data.staffName,
    location: data.location,
    manageUrl: data.manageUrl,
  });
  return {
    filename: "appointment.ics",
    contentType: "text/calendar; charset=utf-8; method=PUBLISH",
    size: Buffer.byteLength(content),
    content,
  };
}
