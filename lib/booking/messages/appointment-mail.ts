import type { DbClient } from "@/lib/db/client";
import { appOrigin, fromAddressFor, type StoredAttachment } from "@/lib/notify/outbox";
import { buildAppointmentIcs } from "@/lib/booking/ics";
import type { AppointmentMailData } from "./appointment-templates";

export type AppointmentMail = NonNullable<Awaited<ReturnType<typeof loadAppointmentMail>>>;
/** An appointment's mail for a client who has an email address to send it to. */
export type AddressedMail = AppointmentMail & { to: string };

/** The mail if its client has an address, else null (a desk-created client may have none). */
export function withAddress(mail: AppointmentMail | null): AddressedMail | null {
  return mail?.to ? (mail as AddressedMail) : null;
}

export const NO_ADDRESS_REASON = "Not sent: the client has no email address.";

/** The appointment as messages need it, or null when it no longer exists. */
export async function loadAppointmentMail(database: DbClient, appointmentId: string, origin = appOrigin()) {
  const row = await database.appointment.findUnique({
    where: { id: appointmentId },
    select: {
      id: true,
      status: true,
      startsAt: true,
      endsAt: true,
      client: { select: { id: true, name: true, email: true, notificationPreference: { select: { reminders: true } } } },
      service: { select: { name: true, requiresIntake: true } },
      staff: { select: { displayName: true } },
      location: {
        select: {
          id: true,
          name: true,
          address: true,
          phone: true,
          email: true,
          timeZone: true,
          bookingPolicy: { select: { cancellationWindowHours: true } },
        },
      },
    },
  });
  if (!row) return null;
  const { bookingPolicy, id: locationId, ...location } = row.location;
  const data: AppointmentMailData = {
    appointmentId: row.id,
    clientName: row.client.name,
    serviceName: row.service.name,
    staffName: row.staff.displayName,
    startsAt: row.startsAt,
    endsAt: row.endsAt,
    location,
    manageUrl: `${origin}/account/appointments/${row.id}`,
    cancellationWindowHours: bookingPolicy?.cancellationWindowHours ?? 24,
  };
  return {
    data,
    status: row.status,
    to: row.client.email,
    from: fromAddressFor(location),
    remindersEnabled: row.client.notificationPreference?.reminders ?? true,
    /** What the intake messages need: the visit as intakeStatusFor reads it, and where the form is. */
    visit: {
      clientId: row.client.id,
      startsAt: row.startsAt,
      service: { requiresIntake: row.service.requiresIntake },
      location: { id: locationId, timeZone: location.timeZone },
    },
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
