import "server-only";
import { recordAudit } from "@/lib/audit/record";
import { assertCan } from "@/lib/auth/assert-can";
import type { Actor } from "@/lib/auth/policy";
import { moveInTransaction } from "@/lib/booking/move-in-transaction";
import { isLostRace, SlotTakenSignal } from "@/lib/booking/conflict";
import { findBookableService, loadScheduleInput } from "@/lib/booking/load-schedule";
import { withStaffRules } from "@/lib/booking/staff-rules";
import { db, type DbClient } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import { listSlots } from "@/lib/scheduling";
import { getLocalDate } from "@/lib/dates/local-date";
import type { AdminMoveInput } from "@/lib/booking/schema";

export type Movable = Awaited<ReturnType<typeof findMovable>>;

export async function findMovable(client: DbClient, appointmentId: string) {
  const appointment = await client.appointment.findUnique({
    where: { id: appointmentId },
    select: { id: true, status: true, serviceId: true, staffId: true, startsAt: true },
  });
  if (!appointment) throw new AppError("NOT_FOUND", "That appointment was not found.");
  if (appointment.status !== "BOOKED") throw new AppError("CONFLICT", "Only booked appointments can be moved.");
  const service = await findBookableService(client, appointment.serviceId);
  if (!service) throw new AppError("CONFLICT", "This treatment is archived; cancel the visit instead of moving it.");
  return { appointment, service: withStaffRules(service) };
}

/** Qualified colleagues (not the current esthetician) free for the visit at its own time. */
export async function findFreeColleagues(client: DbClient, movable: Movable, now: Date): Promise<string[]> {
  const { appointment, service } = movable;
  const date = getLocalDate(appointment.startsAt, service.location.timeZone);
  const input = await loadScheduleInput(client, { service, range: { from: date, to: date }, excludeAppointmentId: appointment.id });
  const slot = listSlots({ ...input, now }).find((s) => s.start === appointment.startsAt.getTime());
  return (slot?.staffIds ?? []).filter((id) => id !== appointment.staffId);
}

export async function listReassignTargets(actor: Actor, appointmentId: string, now = new Date()): Promise<string[]> {
  assertCan(actor, "calendar:manage-appointments");
  return findFreeColleagues(db, await findMovable(db, appointmentId), now);
}

/**
 * Inside the caller's transaction: places the visit at `startsAt` with `staffId` under the
 * engine's rules, swaps its resources and audits. Throws SlotTakenSignal (or an exclusion
 * violation from Postgres) when that esthetician or a resource is not free.
 */
export async function relocate(tx: DbClient, actor: Actor, movable: Movable, target: { staffId: string; startsAt: Date; now: Date }) {
  const { appointment, service } = movable;
  const { staffId, startsAt, now } = target;
  const moved = await moveInTransaction(tx, {
    appointmentId: appointment.id,
    service,
    startsAt,
    staffId,
    now,
    actorId: actor.userId,
    trigger: "MOVE",
  });
  await recordAudit(tx, actor, {
    action: "appointment.move",
    entityType: "appointment",
    entityId: appointment.id,
    details: { from: { staffId: appointment.staffId, startsAt: appointment.startsAt }, to: { staffId: moved.staffId, startsAt } },
  });
  return moved;
}

export function isMoveRefused(error: unknown): boolean {
  return error instanceof SlotTakenSignal || isLostRace(error);
}

/**
 * Moves a booked appointment to a new time and/or another qualified esthetician, atomically and
 * under the same availability rules and database guarantees as a client's booking.
 */
export async function moveAppointmentAsAdmin(actor: Actor, input: AdminMoveInput, now = new Date()) {
  assertCan(actor, "calendar:manage-appointments");
  const movable = await findMovable(db, input.appointmentId);
  try {
    return await db.$transaction((tx) => relocate(tx, actor, movable, { staffId: input.staffId, startsAt: new Date(input.startsAt), now }));
  } catch (error) {
    if (!isMoveRefused(error)) throw error;
    throw new AppError("CONFLICT", "That esthetician is not free for this visit at that time (hours, other visits, time off or rooms).");
  }
}
