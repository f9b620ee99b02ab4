import type { DbClient } from "@/lib/db/client";
import { loadHomecareMail, type HomecareMail } from "./homecare-mail";
import { renderHomecareEmail } from "./homecare-templates";
import { decideNudge } from "./nudge-schedule";

/** Statuses that mean "has a next visit": a cancelled or missed one does not count as rebooked. */
const REBOOKED_STATUSES = ["BOOKED", "CHECKED_IN", "COMPLETED"] as const;

/** Whether the client has a visit (other than the plan's) starting at or after the plan's visit. */
export async function hasRebooked(tx: DbClient, mail: HomecareMail): Promise<boolean> {
  const next = await tx.appointment.findFirst({
    where: {
      clientId: mail.clientId,
      id: { not: mail.appointmentId },
      status: { in: [...REBOOKED_STATUSES] },
      startsAt: { gte: mail.data.visitStartsAt },
    },
    select: { id: true },
  });
  return next !== null;
}

/**
 * The rebooking nudge when it falls due, inside prepareReminder's transaction with the row locked.
 * The plan (found by the visit the message is filed under), the client's bookings and their
 * choice are re-read now: a plan gone or no longer published, a visit booked meanwhile, a window
 * already closed, or nudges turned off → CANCELLED with the reason. Otherwise rendered afresh, QUEUED.
 */
export async function prepareNudge(
  tx: DbClient,
  options: { message: { id: string; appointmentId: string | null }; origin?: string; now: Date },
): Promise<"queued" | "cancelled"> {
  const { message, now } = options;
  const mail = message.appointmentId ? await loadHomecareMail(tx, { appointmentId: message.appointmentId }, options.origin) : null;
  const decision = decideNudge({
    plan: mail ? { state: mail.state, nextVisit: mail.data.nextVisit, timeZone: mail.data.location.timeZone } : null,
    rebooked: mail ? await hasRebooked(tx, mail) : false,
    nudgesEnabled: mail?.nudgesEnabled ?? false,
    now,
  });
  if (!decision.send || !mail) {
    const reason = decision.send ? "Not sent: the homecare plan no longer exists." : decision.reason;
    await tx.emailMessage.update({ where: { id: message.id }, data: { state: "CANCELLED", lastError: reason } });
    return "cancelled";
  }
  const rendered = renderHomecareEmail("HOMECARE_NUDGE", mail.data);
  await tx.emailMessage.update({
    where: { id: message.id },
    data: { ...rendered, toAddress: mail.to, fromAddress: mail.from, state: "QUEUED", sendAfter: now, jobQueuedAt: null },
  });
  return "queued";
}
