import type { DbClient } from "@/lib/db/client";
import type { loadAppointmentMail } from "./appointment-mail";
import { loadIntakeNeed } from "./intake-status";
import { renderIntakeEmail } from "./intake-templates";
import type { AppointmentEventKind } from "./outbox";
import { intakeReminderSendAfter } from "./schedule";

type AppointmentMail = NonNullable<Awaited<ReturnType<typeof loadAppointmentMail>>>;

/**
 * The intake messages an appointment change causes, inside the same transaction as the rest of
 * notifyAppointmentEvent (which has already cancelled any pending intake reminder):
 * - booked, and the service needs an intake the client does not have current for that date →
 *   the intake request, QUEUED now. It belongs to the booking (transactional), so the reminders
 *   opt-out does not apply to it;
 * - booked or moved, still needed → the 48-hour intake reminder, SCHEDULED, re-checked when it
 *   fires. A move does not ask again at once: the request went out when it was booked.
 */
export async function recordIntakeMessages(
  tx: DbClient,
  options: { kind: AppointmentEventKind; appointmentId: string; mail: AppointmentMail; now: Date },
): Promise<void> {
  const { kind, appointmentId, mail, now } = options;
  if (kind === "cancelled" || !mail.intake.required) return;
  const need = await loadIntakeNeed(tx, { ...mail.intake, startsAt: mail.data.startsAt, timeZone: mail.data.location.timeZone });
  if (need !== "missing" && need !== "expired") return;
  const data = { ...mail.data, intakeUrl: mail.intake.intakeUrl, intake: need };
  const common = { toAddress: mail.to, fromAddress: mail.from, appointmentId, appointmentStartsAt: mail.data.startsAt };
  if (kind === "booked") {
    const request = renderIntakeEmail("INTAKE_REQUEST", data);
    await tx.emailMessage.create({ data: { ...common, ...request, template: "INTAKE_REQUEST", state: "QUEUED", sendAfter: now } });
  }
  const sendAfter = intakeReminderSendAfter(mail.data.startsAt, now);
  if (!sendAfter) return;
  // Rendered now so the log shows what is planned; rendered again (and re-checked) when it fires.
  const reminder = renderIntakeEmail("INTAKE_REMINDER", data);
  await tx.emailMessage.create({ data: { ...common, ...reminder, template: "INTAKE_REMINDER", state: "SCHEDULED", sendAfter } });
}
