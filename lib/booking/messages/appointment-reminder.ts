import type { DueMessageHandler } from "@/lib/notify/due-messages";
import { loadAppointmentMail, NO_ADDRESS_REASON } from "./appointment-mail";
import { renderAppointmentEmail } from "./appointment-templates";
import { renderIntakeEmail } from "./intake-templates";
import { decideIntakeReminder, decideReminder } from "./schedule";

const GONE = "Not sent: the appointment no longer exists.";

/**
 * The 24-hour reminder when it falls due. The appointment is re-read now, not trusted from booking
 * time: a cancelled, moved or deleted visit, one that needs review, or a client who opted out, gets nothing.
 */
export const prepareAppointmentReminder: DueMessageHandler = async (tx, { message, origin, now }) => {
  const mail = message.appointmentId ? await loadAppointmentMail(tx, message.appointmentId, origin) : null;
  const needsReview = message.appointmentId
    ? (await tx.appointmentReview.count({ where: { appointmentId: message.appointmentId, resolvedAt: null } })) > 0
    : false;
  const decision = decideReminder({
    appointment: mail ? { status: mail.status, startsAt: mail.data.startsAt, needsReview } : null,
    expectedStartsAt: message.appointmentStartsAt,
    remindersEnabled: mail?.remindersEnabled ?? false,
    now,
  });
  if (!decision.send || !mail) return { send: false, reason: decision.send ? GONE : decision.reason };
  if (!mail.to) return { send: false, reason: NO_ADDRESS_REASON };
  return { send: true, rendered: renderAppointmentEmail("APPOINTMENT_REMINDER", mail.data), toAddress: mail.to, fromAddress: mail.from };
};

/**
 * The 48-hour intake reminder when it falls due. The visit AND the intake are re-read now: a visit
 * cancelled, moved or deleted, an intake submitted meanwhile, a service that no longer asks for
 * one, or a client who turned reminders off → not sent, with the reason.
 */
export const prepareIntakeReminder: DueMessageHandler = async (tx, { message, origin, now }) => {
  const mail = message.appointmentId ? await loadAppointmentMail(tx, message.appointmentId, origin) : null;
  const intake = mail?.intake.state ?? null;
  const decision = decideIntakeReminder({
    appointment: mail ? { status: mail.status, startsAt: mail.data.startsAt } : null,
    expectedStartsAt: message.appointmentStartsAt,
    remindersEnabled: mail?.remindersEnabled ?? false,
    intake,
    now,
  });
  if (!decision.send || !mail || (intake !== "missing" && intake !== "expired"))
    return { send: false, reason: decision.send ? GONE : decision.reason };
  if (!mail.to) return { send: false, reason: NO_ADDRESS_REASON };
  const rendered = renderIntakeEmail("INTAKE_REMINDER", { ...mail.data, intakeUrl: mail.intakeUrl, intake });
  return { send: true, rendered, toAddress: mail.to, fromAddress: mail.from };
};
