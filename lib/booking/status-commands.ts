import "server-only";
import { recordAudit } from "@/lib/audit/record";
import { assertCan } from "@/lib/auth/assert-can";
import type { Actor } from "@/lib/auth/policy";
import { cancellationStatus } from "@/lib/booking/change-window";
import { cancelInTransaction } from "@/lib/booking/move-in-transaction";
import { assertNoteSigned } from "@/lib/consultation/note-commands";
import { db, type DbClient } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import type { AdminCancelData, MarkStatusInput } from "./schema";
import { statusChangeRefusal } from "./status-rules";


/** Row-locks the appointment so two people at the front desk never overwrite each other. */
async function lockAppointment(tx: DbClient, appointmentId: string) {
  const rows = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM appointment WHERE id = ${appointmentId}::uuid FOR UPDATE`;
  if (rows.length === 0) throw new AppError("NOT_FOUND", "That appointment was not found.");
  return tx.appointment.findUniqueOrThrow({
    where: { id: appointmentId },
    select: { id: true, status: true, startsAt: true, location: { select: { bookingPolicy: { select: { cancellationWindowHours: true } } } } },
  });
}

/**
 * Cancels a booked (or checked-in) appointment with a reason. Inside the client's cancellation
 * window it is LATE_CANCELLED, as when staff cancel in lib/booking, unless the spa itself is the
 * cause (`spaInitiated`), which never counts against the client.
 */
export async function cancelAsAdmin(actor: Actor, input: AdminCancelData, now = new Date()) {
  assertCan(actor, "admin:manage-schedule");
  return db.$transaction(async (tx) => {
    const appointment = await lockAppointment(tx, input.appointmentId);
    if (appointment.status !== "BOOKED" && appointment.status !== "CHECKED_IN") {
      throw new AppError("CONFLICT", "This appointment is already cancelled or finished.");
    }
    const windowHours = appointment.location.bookingPolicy?.cancellationWindowHours ?? 24;
    const status = input.spaInitiated ? "CANCELLED" : cancellationStatus({ role: actor.role, startsAt: appointment.startsAt, now, windowHours });
    await cancelInTransaction(tx, { appointmentId: appointment.id, status, actorId: actor.userId, reason: input.reason, now });
    await recordAudit(tx, actor, {
      action: "appointment.cancel",
      entityType: "Appointment",
      entityId: appointment.id,
      details: { from: appointment.status, to: status, reason: input.reason, spaInitiated: input.spaInitiated },
    });
    return { id: appointment.id, status };
  });
}

/** Marks checked in, completed or no-show (see statusChangeRefusal for when each is allowed). */
export async function markAppointmentStatus(actor: Actor, input: MarkStatusInput, now = new Date()) {
  assertCan(actor, "admin:manage-schedule");
  return db.$transaction(async (tx) => {
    const appointment = await lockAppointment(tx, input.appointmentId);
    const refusal = statusChangeRefusal({ from: appointment.status, to: input.status, startsAt: appointment.startsAt, now });
    if (refusal) throw new AppError("CONFLICT", refusal);
    // A visit is complete only with a signed treatment note (issue 4: notes that hold up).
    if (input.status === "COMPLETED") await assertNoteSigned(appointment.id);
    await tx.appointment.update({ where: { id: appointment.id }, data: { status: input.status } });
    await recordAudit(tx, actor, {
      action: "appointment.mark-status",
      entityType: "Appointment",
      entityId: appointment.id,
      details: { from: appointment.status, to: input.status },
    });
    return { id: appointment.id, status: input.status };
  });
}
