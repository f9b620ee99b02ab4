import type { DbClient } from "@/lib/db/client";
import { cancelPendingMessages, queueMessage, recordMessages, type PlannedMessage } from "@/lib/notify/outbox";
import { icsAttachment, loadAppointmentMail, withAddress, type AddressedMail, type AppointmentMail } from "./appointment-mail";
import { renderAppointmentEmail, type AppointmentTemplate } from "./appointment-templates";
import { renderIntakeEmail } from "./intake-templates";
import { intakeReminderTimes, reminderSendAfter } from "./schedule";

export type AppointmentEventKind = "booked" | "rescheduled" | "cancelled" | "service-changed";

const TEMPLATE_BY_KIND: Record<AppointmentEventKind, AppointmentTemplate> = {
  booked: "BOOKING_CONFIRMATION",
  rescheduled: "APPOINTMENT_RESCHEDULED",
  cancelled: "APPOINTMENT_CANCELLED",
  "service-changed": "APPOINTMENT_SERVICE_CHANGED",
};

// A visit just booked has nothing pending to withdraw.
const SUPERSEDED_REASON: Record<Exclude<AppointmentEventKind, "booked">, string> = {
  rescheduled: "Not sent: the appointment was moved (a new reminder replaces this one).",
  cancelled: "Not sent: the appointment was cancelled.",
  "service-changed": "Not sent: the treatment was changed (a new reminder replaces this one).",
};

/**
 * Records the messages an appointment change causes. Call it INSIDE the transaction that made the
 * change, after writing (lib/notify/outbox.ts). A change to an existing visit withdraws its
 * pending reminders; the change's own message goes now with the .ics; a booked or moved visit gets
 * a new 24-hour reminder, and the intake messages it needs (intakeMessages). All of them are
 * written in one statement.
 */
export async function notifyAppointmentEvent(
  tx: DbClient,
  event: { kind: AppointmentEventKind; appointmentId: string },
  now = new Date(),
): Promise<void> {
  const loaded = await loadAppointmentMail(tx, event.appointmentId);
  if (!loaded) throw new Error(`notifyAppointmentEvent: appointment ${event.appointmentId} not found in this transaction`);
  await recordAppointmentEvent(tx, { kind: event.kind, mail: loaded }, now);
}

/**
 * notifyAppointmentEvent with the appointment's mail already read in this transaction (a booking
 * reads it in the statement that writes the visit, lib/booking/write-booking.ts).
 */
export async function recordAppointmentEvent(
  tx: DbClient,
  event: { kind: AppointmentEventKind; mail: AppointmentMail },
  now: Date,
): Promise<void> {
  const appointmentId = event.mail.data.appointmentId;
  if (event.kind !== "booked") {
    await cancelPendingMessages(tx, {
      appointmentId,
      templates: ["APPOINTMENT_REMINDER", "INTAKE_REMINDER"],
      reason: SUPERSEDED_REASON[event.kind],
    });
  }
  // A client the desk booked by phone without an email address gets no messages.
  const mail = withAddress(event.mail);
  if (!mail) return;
  const template = TEMPLATE_BY_KIND[event.kind];
  const common = {
    toAddress: mail.to,
    fromAddress: mail.from,
    appointmentId,
    appointmentStartsAt: mail.data.startsAt,
    clientId: mail.visit.clientId,
  };
  const attachments = [icsAttachment(mail.data, mail.status)];
  const planned: PlannedMessage[] = [
    { message: { ...common, template, rendered: renderAppointmentEmail(template, mail.data), attachments }, sendAfter: now, later: false },
    ...intakeMessages({ kind: event.kind, mail, now }),
  ];
  const sendAfter = event.kind === "cancelled" ? null : reminderSendAfter(mail.data.startsAt, now);
  if (sendAfter) {
    const reminder = renderAppointmentEmail("APPOINTMENT_REMINDER", mail.data);
    planned.push({ message: { ...common, template: "APPOINTMENT_REMINDER", rendered: reminder }, sendAfter, later: true });
  }
  await recordMessages(tx, planned);
}

/**
 * The intake messages a change causes:
 * - booked, and the service needs an intake the client does not have current for that date →
 *   the intake request, now. It belongs to the booking (transactional), so the reminders opt-out
 *   does not apply to it;
 * - booked or moved, still needed → the intake reminders of the spa's cadence (48 hours ahead by
 *   default), each re-checked when it falls due. A move does not ask again at once: the request
 *   went out when it was booked.
 */
function intakeMessages(options: { kind: AppointmentEventKind; mail: AddressedMail; now: Date }): PlannedMessage[] {
  const { kind, mail, now } = options;
  if (kind === "cancelled") return [];
  const status = mail.intake;
  if (status.state !== "missing" && status.state !== "expired") return [];
  const data = { ...mail.data, intakeUrl: mail.intakeUrl, intake: status.state };
  const common = {
    toAddress: mail.to,
    fromAddress: mail.from,
    appointmentId: mail.data.appointmentId,
    appointmentStartsAt: mail.data.startsAt,
    clientId: mail.visit.clientId,
  };
  const planned: PlannedMessage[] = [];
  if (kind === "booked") {
    planned.push({
      message: { ...common, template: "INTAKE_REQUEST", rendered: renderIntakeEmail("INTAKE_REQUEST", data) },
      sendAfter: now,
      later: false,
    });
  }
  // The spa's cadence (intake policy): one reminder per lead time still ahead.
  for (const sendAfter of intakeReminderTimes(mail.data.startsAt, now, mail.intakeReminderLeadHours)) {
    planned.push({
      message: { ...common, template: "INTAKE_REMINDER", rendered: renderIntakeEmail("INTAKE_REMINDER", data) },
      sendAfter,
      later: true,
    });
  }
  return planned;
}

/**
 * "Send intake link now" for one visit: the intake request again, now, when the visit still
 * needs an intake. Returns false (nothing queued) when it does not, or the client has no email.
 */
export async function queueIntakeRequest(tx: DbClient, appointmentId: string, now = new Date()): Promise<boolean> {
  const mail = withAddress(await loadAppointmentMail(tx, appointmentId));
  if (!mail) return false;
  const status = mail.intake;
  if (status.state !== "missing" && status.state !== "expired") return false;
  const rendered = renderIntakeEmail("INTAKE_REQUEST", { ...mail.data, intakeUrl: mail.intakeUrl, intake: status.state });
  await queueMessage(
    tx,
    {
      template: "INTAKE_REQUEST",
      toAddress: mail.to,
      fromAddress: mail.from,
      appointmentId,
      appointmentStartsAt: mail.data.startsAt,
      clientId: mail.visit.clientId,
      rendered,
    },
    now,
  );
  return true;
}
