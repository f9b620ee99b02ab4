import { assessBookingEligibility } from "@/lib/booking/eligibility";
import type { DbClient } from "@/lib/db/client";
import { getLocalDate } from "@/lib/dates/local-date";
import type { DueMessageHandler } from "@/lib/notify/due-messages";
import { loadHomecareMail, type HomecareMail } from "./homecare-mail";
import { renderHomecareEmail } from "./templates";
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
 * Whether the client could book the treatment online now: "time to book your next facial" must
 * never invite a booking the booking page would refuse (a newer intake may rule it out).
 */
async function canBookOnline(tx: DbClient, mail: HomecareMail, now: Date): Promise<boolean> {
  const visitDate = getLocalDate(now, mail.data.location.timeZone);
  const eligibility = await assessBookingEligibility(
    mail.clientId,
    { name: mail.service.name, steps: mail.service.steps, location: { id: mail.locationId, ...mail.data.location } },
    visitDate,
    { client: tx },
  );
  return !eligibility.blocked;
}

/**
 * The rebooking nudge when it falls due. The plan (found by the visit the message is filed under),
 * the client's bookings and their choice are re-read now: a plan gone or no longer published, a
 * visit booked meanwhile, a window already closed, or nudges turned off → not sent, with the reason.
 */
export const prepareNudge: DueMessageHandler = async (tx, { message, origin, now }) => {
  const mail = message.appointmentId ? await loadHomecareMail(tx, { appointmentId: message.appointmentId }, origin) : null;
  const decision = decideNudge({
    plan: mail ? { state: mail.state, nextVisit: mail.data.nextVisit, timeZone: mail.data.location.timeZone } : null,
    rebooked: mail ? await hasRebooked(tx, mail) : false,
    nudgesEnabled: mail?.nudgesEnabled ?? false,
    bookableOnline: mail?.data.nextVisit ? await canBookOnline(tx, mail, now) : true,
    now,
  });
  if (!decision.send || !mail)
    return { send: false, reason: decision.send ? "Not sent: the homecare plan no longer exists." : decision.reason };
  if (!mail.to) return { send: false, reason: "Not sent: the client has no email address." };
  return { send: true, rendered: renderHomecareEmail("HOMECARE_NUDGE", mail.data), toAddress: mail.to, fromAddress: mail.from };
};
