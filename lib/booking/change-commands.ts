import "server-only";
import { assertCan } from "@/lib/auth/assert-can";
import type { Actor } from "@/lib/auth/policy";
import { db } from "@/lib/db/client";
import { notifyAppointmentEvent } from "@/lib/notify/outbox";
import { AppError } from "@/lib/errors/app-error";
import { findAlternatives } from "./availability";
import { placeAppointment } from "./book-command";
import { canChangeAppointment, cancellationStatus, clientChangeDeadline } from "./change-window";
import { isLostRace, SlotTakenSignal, slotTakenError } from "./conflict";
import { findBookableService } from "./load-schedule";
import type { CancelAppointmentInput, RescheduleAppointmentInput } from "./schema";
import { appointmentScope } from "./scope";

/** A still-upcoming appointment the actor may change, or NOT_FOUND (ids outside scope reveal nothing). */
async function findChangeable(actor: Actor, appointmentId: string, now: Date) {
  const appointment = await db.appointment.findFirst({
    where: { id: appointmentId, ...appointmentScope(actor) },
    select: {
      id: true,
      status: true,
      startsAt: true,
      serviceId: true,
      location: { select: { phone: true, bookingPolicy: { select: { cancellationWindowHours: true } } } },
    },
  });
  if (!appointment) throw new AppError("NOT_FOUND", "That appointment was not found.");
  if (appointment.status !== "BOOKED") {
    throw new AppError("CONFLICT", "This appointment can no longer be changed: it has been cancelled or has already started.");
  }
  const windowHours = appointment.location.bookingPolicy?.cancellationWindowHours ?? 24;
  if (!canChangeAppointment({ role: actor.role, startsAt: appointment.startsAt, now, windowHours })) {
    throw new AppError(
      "FORBIDDEN",
      `Appointments can be changed online until ${windowHours} hours before they start. ` +
        `Please call the spa on ${appointment.location.phone} and we will help.`,
      { data: { deadline: clientChangeDeadline(appointment.startsAt, windowHours).toISOString() } },
    );
  }
  return { ...appointment, windowHours };
}

/**
 * Moves an appointment atomically: one transaction updates it in place, so the old time is
 * released only if the new one is won; a lost race rolls back and leaves the booking untouched.
 */
export async function rescheduleAppointment(actor: Actor, input: RescheduleAppointmentInput, now = new Date()) {
  assertCan(actor, "booking:change-appointment");
  const appointment = await findChangeable(actor, input.appointmentId, now);
  const service = await findBookableService(db, appointment.serviceId);
  if (!service) throw new AppError("CONFLICT", "This treatment is no longer offered online; please call the spa to move it.");
  const startsAt = new Date(input.startsAt);
  const excludeAppointmentId = appointment.id;
  try {
    return await db.$transaction(async (tx) => {
      await lockBookedAppointment(tx, appointment.id);
      const placement = await placeAppointment(tx, { service, startsAt, now, staffId: input.staffId, excludeAppointmentId });
      await tx.appointmentResource.deleteMany({ where: { appointmentId: appointment.id } });
      const updated = await tx.appointment.update({
        where: { id: appointment.id },
        data: {
          startsAt,
          endsAt: new Date(startsAt.getTime() + service.durationMinutes * 60_000),
          staffId: placement.staffId,
          ...placement.blocked,
          resources: { create: placement.resourceIds.map((resourceId) => ({ resourceId, ...placement.blocked })) },
        },
        select: { id: true, startsAt: true, endsAt: true, staffId: true, status: true },
      });
      await notifyAppointmentEvent(tx, { kind: "rescheduled", appointmentId: updated.id }, now);
      return updated;
    });
  } catch (error) {
    if (!(error instanceof SlotTakenSignal) && !isLostRace(error)) throw error;
    const alternatives = await findAlternatives(service, startsAt, { staffId: input.staffId ?? undefined, now, excludeAppointmentId });
    throw slotTakenError(alternatives, isLostRace(error));
  }
}

/** Row-locks the appointment and checks it is still BOOKED, so a concurrent change is not overwritten. */
async function lockBookedAppointment(tx: Pick<typeof db, "$queryRaw">, appointmentId: string): Promise<void> {
  const rows = await tx.$queryRaw<{ status: string }[]>`SELECT status::text FROM appointment WHERE id = ${appointmentId}::uuid FOR UPDATE`;
  if (rows[0]?.status !== "BOOKED") {
    throw new AppError("CONFLICT", "This appointment was changed meanwhile. Please reload and check it.");
  }
}

/** Cancels inside the policy; staff and admins cancelling inside the window record LATE_CANCELLED. */
export async function cancelAppointment(actor: Actor, input: CancelAppointmentInput, now = new Date()) {
  assertCan(actor, "booking:change-appointment");
  const appointment = await findChangeable(actor, input.appointmentId, now);
  const status = cancellationStatus({ role: actor.role, startsAt: appointment.startsAt, now, windowHours: appointment.windowHours });
  return db.$transaction(async (tx) => {
    await lockBookedAppointment(tx, appointment.id);
    await tx.appointment.update({
      where: { id: appointment.id },
      data: { status, cancelledAt: now, cancelledById: actor.userId, cancellationReason: input.reason?.trim() || null },
    });
    await tx.appointmentResource.updateMany({ where: { appointmentId: appointment.id }, data: { occupying: false } });
    await notifyAppointmentEvent(tx, { kind: "cancelled", appointmentId: appointment.id }, now);
    return { id: appointment.id, status, cancelledAt: now };
  });
}
