import "server-only";
import { cancelInTransaction } from "@/lib/booking/move-in-transaction";
import { recordAudit, type AuditEntry } from "@/lib/audit/record";
import type { Actor } from "@/lib/auth/policy";
import { db, type DbClient } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import type { Resolution } from "./hours-schema";
import { findFreeColleagues, findMovable, isMoveRefused, relocate } from "@/lib/booking/move-command";
import { findAppointmentsOutsideHours } from "./outside-hours";
import { loadScheduleForChange, type ScheduleShape } from "./schedule-state";
import { recordScheduleChange } from "@/lib/schedule-feed/record";

type Upcoming = { id: string; startsAt: Date; endsAt: Date; service: { name: string }; client: { name: string } };

export type AffectedAppointment = {
  id: string;
  startsAt: string;
  endsAt: string;
  serviceName: string;
  clientName: string;
  /** Colleagues free to take it at the same time (move option); empty when none is. */
  targets: { id: string; name: string }[];
};
export type ScheduleChangeResult = { cancelledIds: string[]; keptIds: string[]; movedIds: string[] };

/** Why the spa cancelled; shown to the client with the cancellation. */
const CANCEL_REASON = "The esthetician's schedule changed.";

/**
 * The one path for every change to an esthetician's working time. It computes the schedule the
 * change would produce and the upcoming BOOKED appointments that would fall outside it. If any
 * of them has no decision (keep, cancel or move) in `resolutions`, nothing is written and the
 * command fails with CONFLICT carrying the list; otherwise the change, the cancellations, the
 * moves and the audit entries commit together, effective at once.
 */
export async function applyScheduleChange(
  actor: Actor,
  options: {
    staffId: string;
    resolutions: readonly Resolution[];
    now: Date;
    propose: (current: ScheduleShape, timeZone: string) => ScheduleShape;
    write: (tx: DbClient, timeZone: string) => Promise<void>;
    /** `details` may read the schedule as it was before the change (e.g. the hours it replaces). */
    audit: Omit<AuditEntry, "details"> & { details?: Record<string, unknown> | ((current: ScheduleShape) => Record<string, unknown>) };
    /** What the live calendars hear: the kind, and the local dates it touches (none: every date). */
    change: { kind: "staff.hours" | "staff.time-off" | "staff.date-override"; dates?: (timeZone: string) => string[] };
  },
): Promise<ScheduleChangeResult> {
  const { now } = options;
  return db.$transaction(async (tx) => {
    const state = await loadScheduleForChange(tx, options.staffId, now);
    const details = typeof options.audit.details === "function" ? options.audit.details(state.schedule) : options.audit.details;
    const proposed = options.propose(state.schedule, state.timeZone);
    const upcoming = await tx.appointment.findMany({
      where: { staffId: state.staffId, status: "BOOKED", endsAt: { gt: now } },
      orderBy: { startsAt: "asc" },
      select: {
        id: true,
        startsAt: true,
        endsAt: true,
        blockedFrom: true,
        blockedUntil: true,
        service: { select: { name: true } },
        client: { select: { name: true } },
      },
    });
    const affected = findAppointmentsOutsideHours({ timeZone: state.timeZone, schedule: proposed, appointments: upcoming });
    const decisions = new Map(options.resolutions.map((r) => [r.appointmentId, r]));
    if (affected.some((a) => !decisions.has(a.id))) throw affectedError(await describeAffected(tx, affected, now));
    await options.write(tx, state.timeZone);
    const result: ScheduleChangeResult = { cancelledIds: [], keptIds: [], movedIds: [] };
    for (const appointment of affected) {
      const decision = decisions.get(appointment.id)!;
      if (decision.action === "keep") result.keptIds.push(appointment.id);
      if (decision.action === "cancel") result.cancelledIds.push(await cancelForSchedule(tx, actor, appointment.id, now));
      if (decision.action === "move") result.movedIds.push(await moveForSchedule(tx, actor, appointment, decision.staffId, now));
    }
    await recordAudit(tx, actor, { ...options.audit, details: { ...details, ...result } });
    await recordScheduleChange(tx, {
      locationId: state.locationId,
      kind: options.change.kind,
      staffIds: [state.staffId],
      dates: options.change.dates?.(state.timeZone),
    });
    return result;
  });
}

async function describeAffected(tx: DbClient, affected: Upcoming[], now: Date): Promise<AffectedAppointment[]> {
  const names = new Map((await tx.staffProfile.findMany({ select: { id: true, displayName: true } })).map((s) => [s.id, s.displayName]));
  const described: AffectedAppointment[] = [];
  for (const a of affected) {
    const movable = await findMovable(tx, a.id).catch(() => null);
    const targetIds = movable ? await findFreeColleagues(tx, movable, now) : [];
    described.push({
      id: a.id,
      startsAt: a.startsAt.toISOString(),
      endsAt: a.endsAt.toISOString(),
      serviceName: a.service.name,
      clientName: a.client.name,
      targets: targetIds.map((id) => ({ id, name: names.get(id) ?? "Esthetician" })),
    });
  }
  return described;
}

function affectedError(affected: AffectedAppointment[]): AppError {
  const count = affected.length;
  return new AppError(
    "CONFLICT",
    `This change would leave ${count} booked appointment${count === 1 ? "" : "s"} outside working time. ` +
      "Choose to keep, cancel or move each one, then confirm.",
    { data: { affected } },
  );
}

// The spa cancelling is never a client's late cancellation, so the status is plain CANCELLED.
async function cancelForSchedule(tx: DbClient, actor: Actor, appointmentId: string, now: Date): Promise<string> {
  // A client may have cancelled it meanwhile; that cancellation stands.
  const [row] = await tx.$queryRaw<{ status: string }[]>`SELECT status::text FROM appointment WHERE id = ${appointmentId}::uuid FOR UPDATE`;
  if (row?.status !== "BOOKED") return appointmentId;
  await cancelInTransaction(tx, { appointmentId, status: "CANCELLED", actorId: actor.userId, reason: CANCEL_REASON, now });
  await recordAudit(tx, actor, {
    action: "appointment.cancel",
    entityType: "appointment",
    entityId: appointmentId,
    details: { reason: CANCEL_REASON },
  });
  return appointmentId;
}

async function moveForSchedule(tx: DbClient, actor: Actor, appointment: Upcoming, staffId: string, now: Date): Promise<string> {
  try {
    await relocate(tx, actor, await findMovable(tx, appointment.id), { staffId, startsAt: appointment.startsAt, now });
    return appointment.id;
  } catch (error) {
    if (!isMoveRefused(error)) throw error;
    // The whole change rolls back: nothing is half-applied when one move no longer fits.
    throw new AppError(
      "CONFLICT",
      `${appointment.client.name}'s visit can no longer move to that colleague at that time. Nothing was changed; please choose again.`,
    );
  }
}
