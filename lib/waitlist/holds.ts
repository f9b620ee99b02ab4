import "server-only";
import { db, type DbClient } from "@/lib/db/client";
import { getLocalDate } from "@/lib/dates/local-date";
import { recordScheduleChange } from "@/lib/schedule-feed/record";
import { queueWaitlistMessage } from "./messages/outbox";

/** Why an unclaimed hold ends: its time ran out, or it could not be kept (its offers are withdrawn). */
export type HoldOutcome = "EXPIRED" | "WITHDRAWN";

/**
 * Releases a HELD appointment that nobody claimed, inside the caller's transaction (which has
 * locked the row): its pending offers end (EXPIRED ones are told), their entries wait again, the
 * time is announced as freed (so the worker offers it to the next entry) and the hold is deleted:
 * it never was a visit, and the offers keep the record for the report.
 */
export async function releaseHold(tx: DbClient, options: { appointmentId: string; outcome: HoldOutcome; now: Date }): Promise<void> {
  const { appointmentId, outcome, now } = options;
  const hold = await tx.appointment.findUnique({
    where: { id: appointmentId },
    select: { status: true, locationId: true, staffId: true, startsAt: true, location: { select: { timeZone: true } } },
  });
  if (hold?.status !== "HELD") return;
  const pending = await tx.waitlistOffer.findMany({ where: { appointmentId, status: "PENDING" }, select: { id: true, entryId: true } });
  await tx.waitlistOffer.updateMany({ where: { appointmentId, status: "PENDING" }, data: { status: outcome, resolvedAt: now } });
  await tx.waitlistEntry.updateMany({
    where: { id: { in: pending.map((offer) => offer.entryId) }, status: "OFFERED" },
    data: { status: "WAITING" },
  });
  if (outcome === "EXPIRED") {
    for (const offer of pending) await queueWaitlistMessage(tx, { template: "WAITLIST_HOLD_EXPIRED", offerId: offer.id }, now);
  }
  await recordScheduleChange(tx, {
    locationId: hold.locationId,
    kind: "appointment.hold-released",
    appointmentId,
    staffIds: [hold.staffId],
    dates: [getLocalDate(hold.startsAt, hold.location.timeZone)],
  });
  await tx.appointment.delete({ where: { id: appointmentId } });
}

/**
 * The worker's sweep: every hold whose time has run out is released (one transaction each; a
 * hold being claimed right now is skipped and looked at again next time). Returns how many.
 */
export async function releaseExpiredHolds(now = new Date(), limit = 100): Promise<number> {
  const due = await db.appointment.findMany({
    where: { status: "HELD", holdExpiresAt: { lte: now } },
    orderBy: { holdExpiresAt: "asc" },
    take: limit,
    select: { id: true },
  });
  let released = 0;
  for (const { id } of due) {
    const done = await db.$transaction(async (tx) => {
      const rows = await tx.$queryRaw<{ status: string; hold_expires_at: Date | null }[]>`
        SELECT status::text, hold_expires_at FROM appointment WHERE id = ${id}::uuid FOR UPDATE SKIP LOCKED`;
      const row = rows[0];
      if (row?.status !== "HELD" || !row.hold_expires_at || row.hold_expires_at.getTime() > now.getTime()) return false;
      await releaseHold(tx, { appointmentId: id, outcome: "EXPIRED", now });
      return true;
    });
    if (done) released++;
  }
  return released;
}
