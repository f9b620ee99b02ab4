import type { Db } from "@/lib/db/client";
import { loadAppointmentMail } from "./appointment-mail";
import { prepareIntakeReminder } from "./intake-reminder";
import { prepareNudge } from "./nudge";
import { decideReminder } from "./schedule";
import { renderAppointmentEmail } from "./templates";

export type ReminderOutcome = "queued" | "cancelled" | "skipped";

/**
 * Fires when a SCHEDULED reminder is due (the 48-hour intake reminder is handed to
 * intake-reminder.ts, the rebooking nudge to nudge.ts). The appointment is re-read now, not
 * trusted from booking time: a cancelled, moved or deleted visit, or a client who opted out, gets nothing.
 * Otherwise the message is rendered afresh and QUEUED for the send-email job.
 */
export async function prepareReminder(
  db: Db,
  options: { messageId: string; origin?: string },
  now = new Date(),
): Promise<ReminderOutcome> {
  const { messageId } = options;
  return db.$transaction(async (tx) => {
    const locked = await tx.$queryRaw<{ id: string }[]>`
      SELECT id FROM email_message WHERE id = ${messageId}::uuid AND state = 'SCHEDULED' FOR UPDATE SKIP LOCKED`;
    if (locked.length === 0) return "skipped";
    const message = await tx.emailMessage.findUniqueOrThrow({ where: { id: messageId } });
    if (message.sendAfter.getTime() > now.getTime()) return "skipped";
    if (message.template === "INTAKE_REMINDER") return prepareIntakeReminder(tx, { message, origin: options.origin, now });
    if (message.template === "HOMECARE_NUDGE") return prepareNudge(tx, { message, origin: options.origin, now });
    const mail = message.appointmentId ? await loadAppointmentMail(tx, message.appointmentId, options.origin) : null;
    const decision = decideReminder({
      appointment: mail ? { status: mail.status, startsAt: mail.data.startsAt } : null,
      expectedStartsAt: message.appointmentStartsAt,
      remindersEnabled: mail?.remindersEnabled ?? false,
      now,
    });
    if (!decision.send || !mail) {
      const reason = decision.send ? "Not sent: the appointment no longer exists." : decision.reason;
      await tx.emailMessage.update({ where: { id: messageId }, data: { state: "CANCELLED", lastError: reason } });
      return "cancelled";
    }
    const rendered = renderAppointmentEmail("APPOINTMENT_REMINDER", mail.data);
    await tx.emailMessage.update({
      where: { id: messageId },
      data: { ...rendered, toAddress: mail.to, fromAddress: mail.from, state: "QUEUED", sendAfter: now, jobQueuedAt: null },
    });
    return "queued";
  });
}
