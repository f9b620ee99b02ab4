import "server-only";
import { recordAudit } from "@/lib/audit/record";
import { assertCan } from "@/lib/auth/assert-can";
import type { Actor } from "@/lib/auth/policy";
import { clientScope } from "@/lib/auth/scope";
import { FREEING_STATUSES } from "@/lib/booking/load-schedule";
import { db, type DbClient } from "@/lib/db/client";
import { getLocalDate } from "@/lib/dates/local-date";
import { AppError } from "@/lib/errors/app-error";
import { formatInstant } from "@/lib/format/zoned";
import { requireSpaLocation } from "@/lib/location/queries";
import { recordScheduleChange } from "@/lib/schedule-feed/record";

type Overlap = { keep: string; duplicate: string; startsAt: Date };

/**
 * Merges a duplicate client INTO another (the one kept), in one transaction: appointments (and
 * with them their notes), signed intakes, the draft if the kept client has none, homecare plans,
 * messages and email preferences move; contact details the kept client lacks are copied (an
 * email only together with its password, so a sign-in never changes hands half-way). The
 * duplicate stays as a row marked merged, with no email and no password, for the audit trail,
 * and its sessions end. Refused when the two have visits at overlapping times (one person cannot
 * attend both): cancel one of them first.
 */
export async function mergeClients(actor: Actor, input: { clientId: string; duplicateId: string }, now = new Date()) {
  assertCan(actor, "clients:merge");
  if (input.clientId === input.duplicateId) throw new AppError("VALIDATION", "A client cannot be merged into itself.");
  return db.$transaction(async (tx) => {
    // Both rows in id order, so two merges of the same pair cannot deadlock.
    await tx.$queryRaw`SELECT id FROM app_user WHERE id IN (${input.clientId}::uuid, ${input.duplicateId}::uuid) ORDER BY id FOR UPDATE`;
    const [keep, duplicate] = await Promise.all([input.clientId, input.duplicateId].map((id) => findClient(tx, actor, id)));
    if (!keep) throw new AppError("NOT_FOUND", "That client was not found.");
    if (!duplicate)
      throw new AppError("NOT_FOUND", "The duplicate was not found.", {
        fieldErrors: { duplicateId: ["Choose the duplicate from the list."] },
      });
    const overlaps = await findOverlaps(tx, keep.id, duplicate.id);
    if (overlaps.length > 0) throw await overlapError(tx, overlaps);

    const moved = await moveRecords(tx, {
      keepId: keep.id,
      duplicateId: duplicate.id,
      keepHasDraft: keep.hasDraft,
      keepHasPreferences: keep.hasPreferences,
    });
    const takeEmail = !keep.email && !!duplicate.email;
    await tx.user.update({
      where: { id: duplicate.id },
      data: { email: null, passwordHash: null, mergedIntoId: keep.id, mergedAt: now, preferredStaffId: null },
    });
    await tx.passwordToken.deleteMany({ where: { userId: duplicate.id } });
    await tx.user.update({
      where: { id: keep.id },
      data: {
        phone: keep.phone ?? duplicate.phone,
        preferredStaffId: keep.preferredStaffId ?? duplicate.preferredStaffId,
        ...(takeEmail ? { email: duplicate.email, passwordHash: duplicate.passwordHash } : {}),
      },
    });
    await recordAudit(tx, actor, {
      action: "client.merge",
      entityType: "client",
      entityId: keep.id,
      details: { duplicateId: duplicate.id, duplicateName: duplicate.name, emailTaken: takeEmail, moved },
    });
    await announceMovedVisits(tx, moved.appointmentIds);
    return { id: keep.id, moved };
  });
}

async function findClient(tx: DbClient, actor: Actor, id: string) {
  const row = await tx.user.findFirst({
    where: { id, ...clientScope(actor) },
    select: {
      id: true,
      name: true,
      email: true,
      phone: true,
      passwordHash: true,
      preferredStaffId: true,
      intakeDraft: { select: { clientId: true } },
      notificationPreference: { select: { userId: true } },
    },
  });
  return row ? { ...row, hasDraft: row.intakeDraft !== null, hasPreferences: row.notificationPreference !== null } : null;
}

/** Pairs of their visits that overlap in time (cancelled ones hold no time). */
function findOverlaps(tx: DbClient, keepId: string, duplicateId: string) {
  return tx.$queryRaw<Overlap[]>`
    SELECT k.id AS keep, d.id AS duplicate, d.starts_at AS "startsAt"
    FROM appointment k JOIN appointment d
      ON tstzrange(k.starts_at, k.ends_at, '[)') && tstzrange(d.starts_at, d.ends_at, '[)')
    WHERE k.client_id = ${keepId}::uuid AND d.client_id = ${duplicateId}::uuid
      AND k.status NOT IN ('CANCELLED', 'LATE_CANCELLED') AND d.status NOT IN ('CANCELLED', 'LATE_CANCELLED')
    ORDER BY d.starts_at`;
}

async function overlapError(tx: DbClient, overlaps: Overlap[]): Promise<AppError> {
  const { timeZone } = await requireSpaLocation(tx);
  const when = overlaps.map((overlap) => formatInstant(overlap.startsAt, timeZone)).join("; ");
  return new AppError("CONFLICT", `These two clients have visits at the same time (${when}). Cancel one of each pair first, then merge.`, {
    data: { overlaps: overlaps.map((overlap) => ({ ...overlap, startsAt: overlap.startsAt.toISOString() })) },
  });
}

async function moveRecords(
  tx: DbClient,
  options: { keepId: string; duplicateId: string; keepHasDraft: boolean; keepHasPreferences: boolean },
) {
  const { keepId, duplicateId } = options;
  const appointments = await tx.appointment.findMany({ where: { clientId: duplicateId }, select: { id: true } });
  await tx.appointment.updateMany({ where: { clientId: duplicateId }, data: { clientId: keepId } });
  // Signed intakes are immutable; a trigger lets exactly this change through, inside a merge only.
  await tx.$executeRaw`SELECT set_config('glowbook.client_merge', 'on', true)`;
  const intakes = await tx.intakeSubmission.updateMany({ where: { clientId: duplicateId }, data: { clientId: keepId } });
  await tx.$executeRaw`SELECT set_config('glowbook.client_merge', 'off', true)`;
  if (options.keepHasDraft) await tx.intakeDraft.deleteMany({ where: { clientId: duplicateId } });
  else await tx.intakeDraft.updateMany({ where: { clientId: duplicateId }, data: { clientId: keepId } });
  if (options.keepHasPreferences) await tx.notificationPreference.deleteMany({ where: { userId: duplicateId } });
  else await tx.notificationPreference.updateMany({ where: { userId: duplicateId }, data: { userId: keepId } });
  const plans = await tx.homecarePlan.updateMany({ where: { clientId: duplicateId }, data: { clientId: keepId } });
  const messages = await tx.emailMessage.updateMany({ where: { clientId: duplicateId }, data: { clientId: keepId } });
  await tx.waitlistEntry.updateMany({ where: { clientId: duplicateId }, data: { clientId: keepId } });
  return {
    appointments: appointments.length,
    appointmentIds: appointments.map((a) => a.id),
    intakes: intakes.count,
    homecarePlans: plans.count,
    messages: messages.count,
  };
}

/** Calendars show the client's name on each visit: the visits that moved, on their days. */
async function announceMovedVisits(tx: DbClient, appointmentIds: string[]): Promise<void> {
  if (appointmentIds.length === 0) return;
  const visits = await tx.appointment.findMany({
    where: { id: { in: appointmentIds }, status: { notIn: [...FREEING_STATUSES] } },
    select: { locationId: true, staffId: true, startsAt: true, location: { select: { timeZone: true } } },
  });
  const byLocation = new Map<string, typeof visits>();
  for (const visit of visits) byLocation.set(visit.locationId, [...(byLocation.get(visit.locationId) ?? []), visit]);
  for (const [locationId, group] of byLocation) {
    await recordScheduleChange(tx, {
      locationId,
      kind: "appointment.client",
      staffIds: group.map((visit) => visit.staffId),
      dates: group.map((visit) => getLocalDate(visit.startsAt, visit.location.timeZone)),
    });
  }
}
