import "server-only";
import { recordAudit } from "@/lib/audit/record";
import { assertCan } from "@/lib/auth/assert-can";
import type { Actor } from "@/lib/auth/policy";
import { cancellationStatus } from "@/lib/booking/change-window";
import { cancelInTransaction } from "@/lib/booking/move-in-transaction";
import { appointmentScope } from "@/lib/auth/scope";
import { db, type DbClient } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import type { AdminCancelData } from "./schema";
import { statusChangeRefusal, type MarkableStatus } from "./status-rules";
import { announceAppointmentChange } from "./schedule-changes";

/**
 * Row-locks the appointment (inside the actor's scope) so two people changing one visit apply
 * their changes one after the other, each seeing the other's result. Out of scope is NOT_FOUND.
 */
async function lockAppointment(tx: DbClient, actor: Actor, appointmentId: string) {
  const rows = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM appointment WHERE id = ${appointmentId}::uuid FOR UPDATE`;
  const appointment =
    rows.length === 0
      ? null
      : await tx.appointment.findFirst({
          where: { id: appointmentId, ...appointmentScope(actor) },
          select: {
            id: true,
            status: true,
            startsAt: true,
            location: { select: { bookingPolicy: { select: { cancellationWindowHours: true } } } },
          },
        });
  if (!appointment) throw new AppError("NOT_FOUND", "That appointment was not found.");
  return appointment;
}

/**
 * Cancels a booked (or checked-in) appointment with a reason. Inside the client's cancellation
 * window it is LATE_CANCELLED, as when staff cancel in lib/booking, unless the spa itself is the
 * cause (`spaInitiated`), which never counts against the client.
 */
export async function cancelAsAdmin(actor: Actor, input: AdminCancelData, now = new Date()) {
  assertCan(actor, "calendar:manage-appointments");
  return db.$transaction(async (tx) => {
    const appointment = await lockAppointment(tx, actor, input.appointmentId);
    if (appointment.status !== "BOOKED" && appointment.status !== "CHECKED_IN") {
      throw new AppError("CONFLICT", "This appointment is already cancelled or finished.");
    }
    const windowHours = appointment.location.bookingPolicy?.cancellationWindowHours ?? 24;
    const status = input.spaInitiated
      ? "CANCELLED"
      : cancellationStatus({ role: actor.role, startsAt: appointment.startsAt, now, windowHours });
    await cancelInTransaction(tx, { appointmentId: appointment.id, status, actorId: actor.userId, reason: input.reason, now });
    await recordAudit(tx, actor, {
      action: "appointment.cancel",
      entityType: "appointment",
      entityId: appointment.id,
      details: { from: appointment.status, to: status, reason: input.reason, spaInitiated: input.spaInitiated },
    });
    return { id: appointment.id, status };
  });
}

/** Checks a client in, or records a no-show (see statusChangeRefusal for when each is allowed). */
export async function markAppointmentStatus(
  actor: Actor,
  input: { appointmentId: string; status: "CHECKED_IN" | "NO_SHOW" },
  now = new Date(),
) {
  assertCan(actor, "calendar:manage-appointments");
  return db.$transaction((tx) => setVisitStatus(tx, actor, { appointmentId: input.appointmentId, to: input.status, now }));
}

/**
 * The one way a visit's status moves on (check-in, no-show, completion): locked in the actor's
 * scope, checked by statusChangeRefusal, then any `precondition` of the caller's (completion
 * needs the signed note) on the same transaction, then written and audited. The caller has
 * checked the actor's permission.
 */
export async function setVisitStatus(
  tx: DbClient,
  actor: Actor,
  options: { appointmentId: string; to: MarkableStatus; now: Date; precondition?: () => Promise<void> },
) {
  const appointment = await lockAppointment(tx, actor, options.appointmentId);
  const refusal = statusChangeRefusal({ from: appointment.status, to: options.to, startsAt: appointment.startsAt, now: options.now });
  if (refusal) throw new AppError("CONFLICT", refusal);
  await options.precondition?.();
  await tx.appointment.update({ where: { id: appointment.id }, data: { status: options.to } });
  await announceAppointmentChange(tx, "appointment.status", appointment.id);
  await recordAudit(tx, actor, {
    action: "appointment.mark-status",
    entityType: "appointment",
    entityId: appointment.id,
    details: { from: appointment.status, to: options.to },
  });
  return { id: appointment.id, status: options.to };
}
