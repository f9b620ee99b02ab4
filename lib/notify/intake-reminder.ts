import type { DbClient } from "@/lib/db/client";
import { loadAppointmentMail } from "./appointment-mail";
import { loadIntakeNeed } from "./intake-status";
import { renderIntakeEmail } from "./intake-templates";
import { decideIntakeReminder } from "./schedule";

/**
 * The 48-hour intake reminder when it falls due, inside prepareReminder's transaction with the
 * row locked. The visit AND the intake are re-read now: a visit cancelled, moved or deleted, an
 * intake submitted meanwhile, a service that no longer asks for one, or a client who turned
 * reminders off → CANCELLED with the reason. Otherwise rendered afresh and QUEUED.
 */
export async function prepareIntakeReminder(
  tx: DbClient,
  options: { message: { id: string; appointmentId: string | null; appointmentStartsAt: Date | null }; origin?: string; now: Date },
): Promise<"queued" | "cancelled"> {
  const { message, now } = options;
  const mail = message.appointmentId ? await loadAppointmentMail(tx, message.appointmentId, options.origin) : null;
  const intake = mail
    ? await loadIntakeNeed(tx, { ...mail.intake, startsAt: mail.data.startsAt, timeZone: mail.data.location.timeZone })
    : null;
  const decision = decideIntakeReminder({
    appointment: mail ? { status: mail.status, startsAt: mail.data.startsAt } : null,
    expectedStartsAt: message.appointmentStartsAt,
    remindersEnabled: mail?.remindersEnabled ?? false,
    intake,
    now,
  });
  if (!decision.send || !mail || (intake !== "missing" && intake !== "expired")) {
    const reason = decision.send ? "Not sent: the appointment no longer exists." : decision.reason;
    await tx.emailMessage.update({ where: { id: message.id }, data: { state: "CANCELLED", lastError: reason } });
    return "cancelled";
  }
  const rendered = renderIntakeEmail("INTAKE_REMINDER", { ...mail.data, intakeUrl: mail.intake.intakeUrl, intake });
  await tx.emailMessage.update({
    where: { id: message.id },
    data: { ...rendered, toAddress: mail.to, fromAddress: mail.from, state: "QUEUED", sendAfter: now, jobQueuedAt: null },
  });
  return "queued";
}
