import "server-only";
import type { DbClient } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import { notifyAppointmentEvent } from "@/lib/booking/messages/appointment-outbox";
import { holdResources, placeAppointment } from "./place-appointment";
import type { BookableService } from "./load-schedule";
import { announceAppointmentChange, readVisitPlace } from "./schedule-changes";
import { recheckAppointments, type ReviewTrigger } from "./review/recheck";

/** Row-locks the appointment and checks it is still BOOKED, so a concurrent change is not overwritten. */
export async function lockBookedAppointment(tx: Pick<DbClient, "$queryRaw">, appointmentId: string): Promise<void> {
  const rows = await tx.$queryRaw<{ status: string }[]>`SELECT status::text FROM appointment WHERE id = ${appointmentId}::uuid FOR UPDATE`;
  if (rows[0]?.status !== "BOOKED") {
    throw new AppError("CONFLICT", "This appointment was changed meanwhile. Please reload and check it.");
  }
}

/**
 * The one way an appointment moves (client reschedule and admin move alike) or takes another
 * treatment, inside the caller's transaction: it is updated in place, so the old time is released
 * only if the new one is won. Throws SlotTakenSignal or a 23P01 error when the target is not free;
 * the caller maps those. Afterwards the visit is re-checked against the client's intake on its
 * (new) date: a treatment ruled out then puts it into "needs review", one that no longer is
 * resolves an open review (lib/booking/review).
 */
export async function moveInTransaction(
  tx: DbClient,
  options: {
    appointmentId: string;
    service: BookableService;
    startsAt: Date;
    staffId: string | null;
    now: Date;
    actorId: string;
    trigger: Exclude<ReviewTrigger, "INTAKE">;
    /** The appointment takes `service` instead of its own (resolving a review by changing the treatment). */
    changeService?: boolean;
  },
) {
  const { appointmentId, service, startsAt, now } = options;
  await lockBookedAppointment(tx, appointmentId);
  const before = await readVisitPlace(tx, appointmentId);
  const placement = await placeAppointment(tx, { service, startsAt, now, staffId: options.staffId, excludeAppointmentId: appointmentId });
  await tx.appointmentResource.deleteMany({ where: { appointmentId } });
  const moved = await tx.appointment.update({
    where: { id: appointmentId },
    data: {
      startsAt,
      endsAt: new Date(startsAt.getTime() + service.durationMinutes * 60_000),
      staffId: placement.staffId,
      ...placement.blocked,
      ...(options.changeService ? { serviceId: service.id, priceCents: service.priceCents, currency: service.currency } : {}),
    },
    select: { id: true, startsAt: true, endsAt: true, staffId: true, status: true, clientId: true },
  });
  await holdResources(tx, appointmentId, placement);
  await notifyAppointmentEvent(tx, { kind: options.changeService ? "service-changed" : "rescheduled", appointmentId }, now);
  await announceAppointmentChange(tx, "appointment.moved", appointmentId, before);
  await recheckAppointments(tx, {
    clientId: moved.clientId,
    appointmentIds: [appointmentId],
    trigger: options.trigger,
    actorId: options.actorId,
    now,
    clearedAs: options.changeService ? "SERVICE_CHANGED" : "MOVED",
  });
  const { clientId: _clientId, ...result } = moved;
  return result;
}

/**
 * The one way an appointment is cancelled, inside the caller's transaction (after it has checked
 * and locked the row): the status, who and why, the held resources released, an open review
 * resolved, the client told.
 */
export async function cancelInTransaction(
  tx: DbClient,
  options: { appointmentId: string; status: "CANCELLED" | "LATE_CANCELLED"; actorId: string; reason: string | null; now: Date },
): Promise<void> {
  const { appointmentId, status, actorId, reason, now } = options;
  await tx.appointment.update({
    where: { id: appointmentId },
    data: { status, cancelledAt: now, cancelledById: actorId, cancellationReason: reason },
  });
  await tx.appointmentResource.updateMany({ where: { appointmentId }, data: { occupying: false } });
  await tx.appointmentReview.updateMany({
    where: { appointmentId, resolvedAt: null },
    data: { resolvedAt: now, resolvedById: actorId, resolution: "CANCELLED", resolutionNote: reason },
  });
  await notifyAppointmentEvent(tx, { kind: "cancelled", appointmentId }, now);
  await announceAppointmentChange(tx, "appointment.cancelled", appointmentId);
}
