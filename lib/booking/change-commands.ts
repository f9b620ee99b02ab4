import "server-only";
import { assertCan } from "@/lib/auth/assert-can";
import type { Actor } from "@/lib/auth/policy";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import { findAlternatives } from "./availability";
import { assertEligible } from "./assert-eligible";
import { canChangeAppointment, cancellationStatus, clientChangeDeadline } from "./change-window";
import { isLostRace, SlotTakenSignal, slotTakenError } from "./conflict";
import { findBookableService } from "./load-schedule";
import { cancelInTransaction, lockBookedAppointment, moveInTransaction } from "./move-in-transaction";
import type { CancelAppointmentInput, RescheduleAppointmentInput } from "./schema";
import { appointmentScope } from "@/lib/auth/scope";
import { OPEN_REVIEW } from "./review/recheck";

/**
 * A still-upcoming appointment the actor may change, or NOT_FOUND (ids outside scope reveal
 * nothing). `purpose: "cancel"` lets a client cancel an appointment that needs review at any time
 * before it starts, without a fee: the spa asked them to reconsider it.
 */
async function findChangeable(actor: Actor, appointmentId: string, now: Date, purpose: "move" | "cancel" = "move") {
  const appointment = await db.appointment.findFirst({
    where: { id: appointmentId, ...appointmentScope(actor) },
    select: {
      id: true,
      status: true,
      startsAt: true,
      serviceId: true,
      location: { select: { phone: true, bookingPolicy: { select: { cancellationWindowHours: true } } } },
      reviews: { ...OPEN_REVIEW, select: { id: true } },
    },
  });
  if (!appointment) throw new AppError("NOT_FOUND", "That appointment was not found.");
  if (appointment.status !== "BOOKED") {
    throw new AppError("CONFLICT", "This appointment can no longer be changed: it has been cancelled or has already started.");
  }
  const windowHours = appointment.location.bookingPolicy?.cancellationWindowHours ?? 24;
  const reviewCancel = purpose === "cancel" && appointment.reviews.length > 0 && appointment.startsAt > now;
  if (!reviewCancel && !canChangeAppointment({ role: actor.role, startsAt: appointment.startsAt, now, windowHours })) {
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
  await assertEligible(actor, service, startsAt);
  const excludeAppointmentId = appointment.id;
  try {
    return await db.$transaction((tx) =>
      moveInTransaction(tx, {
        appointmentId: appointment.id,
        service,
        startsAt,
        staffId: input.staffId,
        now,
        actorId: actor.userId,
        trigger: actor.role === "CLIENT" ? "RESCHEDULE" : "MOVE",
      }),
    );
  } catch (error) {
    if (!(error instanceof SlotTakenSignal) && !isLostRace(error)) throw error;
    const alternatives = await findAlternatives(service, startsAt, { staffId: input.staffId ?? undefined, now, excludeAppointmentId });
    throw slotTakenError(alternatives, isLostRace(error));
  }
}

/** Cancels inside the policy; staff and admins cancelling inside the window record LATE_CANCELLED. */
export async function cancelAppointment(actor: Actor, input: CancelAppointmentInput, now = new Date()) {
  assertCan(actor, "booking:change-appointment");
  const appointment = await findChangeable(actor, input.appointmentId, now, "cancel");
  const inReview = appointment.reviews.length > 0;
  // Cancelling a visit the spa asked the client to reconsider is never a late cancellation.
  const status = inReview
    ? "CANCELLED"
    : cancellationStatus({ role: actor.role, startsAt: appointment.startsAt, now, windowHours: appointment.windowHours });
  return db.$transaction(async (tx) => {
    await lockBookedAppointment(tx, appointment.id);
    const reason = input.reason?.trim() || null;
    await cancelInTransaction(tx, { appointmentId: appointment.id, status, actorId: actor.userId, reason, now });
    return { id: appointment.id, status, cancelledAt: now };
  });
}
