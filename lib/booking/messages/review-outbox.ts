import type { DbClient } from "@/lib/db/client";
import { appOrigin, cancelPendingMessages, queueMessage } from "@/lib/notify/outbox";
import { loadAppointmentMail, withAddress } from "./appointment-mail";
import { renderReviewEmail, type ReviewMailData } from "./review-templates";

/**
 * An appointment went into "needs review": the client and the esthetician are told now, inside the
 * transaction that opened the review. The 24-hour reminder ("please arrive a few minutes early")
 * would contradict it, so a pending one is withdrawn; a new one is scheduled if the visit is moved
 * or its treatment changed.
 */
export async function notifyReviewRaised(
  tx: DbClient,
  event: { appointmentId: string; trigger: ReviewMailData["trigger"] },
  now: Date,
  origin = appOrigin(),
): Promise<void> {
  const mail = await loadAppointmentMail(tx, event.appointmentId, origin);
  const staff = await tx.appointment.findUnique({
    where: { id: event.appointmentId },
    select: { staff: { select: { user: { select: { email: true } } } } },
  });
  if (!mail || !staff) throw new Error(`notifyReviewRaised: appointment ${event.appointmentId} not found in this transaction`);
  const data: ReviewMailData = { ...mail.data, trigger: event.trigger, chartUrl: `${origin}/staff/appointments/${event.appointmentId}` };
  const common = { appointmentId: event.appointmentId, appointmentStartsAt: mail.data.startsAt, fromAddress: mail.from };
  await cancelPendingMessages(tx, {
    appointmentId: event.appointmentId,
    templates: ["APPOINTMENT_REMINDER"],
    reason: "Not sent: the appointment needs review.",
  });
  // A client the desk booked by phone without an email address hears it from the spa instead.
  const client = withAddress(mail);
  if (client) {
    await queueMessage(
      tx,
      {
        ...common,
        clientId: client.visit.clientId,
        template: "APPOINTMENT_NEEDS_REVIEW",
        toAddress: client.to,
        rendered: renderReviewEmail("APPOINTMENT_NEEDS_REVIEW", data),
      },
      now,
    );
  }
  const staffAddress = staff.staff.user.email;
  if (staffAddress) {
    await queueMessage(
      tx,
      {
        ...common,
        template: "STAFF_APPOINTMENT_REVIEW",
        toAddress: staffAddress,
        rendered: renderReviewEmail("STAFF_APPOINTMENT_REVIEW", data),
      },
      now,
    );
  }
}
