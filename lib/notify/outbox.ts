import type { DbClient } from "@/lib/db/client";
import { loadAppointmentMail, icsAttachment } from "./appointment-mail";
import { recordIntakeMessages } from "./intake-outbox";
import { reminderSendAfter } from "./schedule";
import { renderAppointmentEmail, type AppointmentTemplate } from "./templates";

export type AppointmentEventKind = "booked" | "rescheduled" | "cancelled";

const TEMPLATE_BY_KIND: Record<AppointmentEventKind, AppointmentTemplate> = {
  booked: "BOOKING_CONFIRMATION",
  rescheduled: "APPOINTMENT_RESCHEDULED",
  cancelled: "APPOINTMENT_CANCELLED",
};

/** Scheduled messages that follow the appointment: cancelled on every change, re-made on a move. */
const PENDING_REMINDERS: ("APPOINTMENT_REMINDER" | "INTAKE_REMINDER")[] = ["APPOINTMENT_REMINDER", "INTAKE_REMINDER"];

const SUPERSEDED_REASON: Record<AppointmentEventKind, string> = {
  booked: "Replaced by a new reminder.",
  rescheduled: "Not sent: the appointment was moved (a new reminder replaces this one).",
  cancelled: "Not sent: the appointment was cancelled.",
};

/**
 * Records the messages an appointment change causes. Call it INSIDE the transaction that made the
 * change, after writing: the rows commit or roll back with the booking (outbox), and the worker
 * sends whatever is queued, so a committed booking never loses its confirmation and a rolled-back
 * one never sends one. Any pending reminder is cancelled; a booked or moved visit gets a new one.
 * Intake messages (request at booking, 48 h reminder) are decided here too, from the service's
 * requiresIntake and the client's intake, so callers pass nothing more (lib/notify/intake-outbox.ts).
 */
export async function notifyAppointmentEvent(
  tx: DbClient,
  event: { kind: AppointmentEventKind; appointmentId: string },
  now = new Date(),
): Promise<void> {
  const mail = await loadAppointmentMail(tx, event.appointmentId);
  if (!mail) throw new Error(`notifyAppointmentEvent: appointment ${event.appointmentId} not found in this transaction`);
  await tx.emailMessage.updateMany({
    where: { appointmentId: event.appointmentId, template: { in: PENDING_REMINDERS }, state: { in: ["SCHEDULED", "QUEUED"] } },
    data: { state: "CANCELLED", lastError: SUPERSEDED_REASON[event.kind] },
  });
  const template = TEMPLATE_BY_KIND[event.kind];
  const rendered = renderAppointmentEmail(template, mail.data);
  const common = { toAddress: mail.to, fromAddress: mail.from, appointmentId: event.appointmentId, appointmentStartsAt: mail.data.startsAt };
  await tx.emailMessage.create({
    data: { ...common, ...rendered, template, state: "QUEUED", sendAfter: now, attachments: [icsAttachment(mail.data, mail.status)] },
  });
  await recordIntakeMessages(tx, { kind: event.kind, appointmentId: event.appointmentId, mail, now });
  if (event.kind === "cancelled") return;
  const sendAfter = reminderSendAfter(mail.data.startsAt, now);
  if (!sendAfter) return;
  // Rendered now so the log shows what is planned; rendered again when it is actually sent.
  const reminder = renderAppointmentEmail("APPOINTMENT_REMINDER", mail.data);
  await tx.emailMessage.create({ data: { ...common, ...reminder, template: "APPOINTMENT_REMINDER", state: "SCHEDULED", sendAfter } });
}
