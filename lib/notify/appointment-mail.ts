import { buildAppointmentIcs } from "@/lib/booking/ics";
import type { DbClient } from "@/lib/db/client";
import type { AppointmentMailData } from "./templates";


export type StoredAttachment = { filename: string; contentType: string; size: number; content: string };

/** Where links in messages point; the app's public origin. */
export function appOrigin(env: NodeJS.ProcessEnv = process.env): string {
  return (env.APP_URL || env.NEXTAUTH_URL || "http://localhost:3000").replace(/\/+$/, "");
}

/** "Spa name" <address>: MAIL_FROM overrides the address (e.g. a verified sending domain). */
export function fromAddressFor(location: { name: string; email: string }, env: NodeJS.ProcessEnv = process.env): string {
  const address = env.MAIL_FROM || location.email;
  return `"${location.name.replaceAll('"', "'")}" <${address}>`;
}

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
        select: { id: true, name: true, address: true, phone: true, email: true, timeZone: true, bookingPolicy: { select: { cancellationWindowHours: true } } },
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
    /** What the intake messages need: whether this visit asks for one, and where the form is. */
    intake: { required: row.service.requiresIntake, clientId: row.client.id, locationId, intakeUrl: `${origin}/account/intake` },
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
  return { filename: "appointment.ics", contentType: "text/calendar; charset=utf-8; method=PUBLISH", size: Buffer.byteLength(content), content };
}
