import "server-only";
import { recordAudit, SYSTEM } from "@/lib/audit/record";
import { db as sharedDb, type Db, type DbClient } from "@/lib/db/client";
import { storeFor, type PhotoStorageKind } from "@/lib/photos/storage";
import { clinicalRetentionYears, LAST_CLINICAL_RECORD_AT } from "./queries";
import { isPastRetention } from "./retention";

export type PurgeResult = { checked: number; purged: number };

const BATCH = 25;

/**
 * The retention job (docs/decisions/0029): for every erased client whose retention period is over
 * (lib/privacy/retention.ts: the policy's years after the last visit or later clinical record),
 * deletes their clinical records (treatment notes and amendments, signed intakes, consents,
 * clinical photos and their stored bytes, homecare plans and their edit history, review reasons)
 * and marks the row purged. What is left is an anonymous client with anonymous visits, so the
 * spa's figures still add up. Nothing of a client still inside the period is touched. Each client
 * is purged in its own transaction, locked with SKIP LOCKED so several workers never collide;
 * audited as the system, with counts only.
 */
export async function purgeExpiredClinicalRecords(options: { now?: Date; db?: Db } = {}): Promise<PurgeResult> {
  const { now = new Date(), db = sharedDb } = options;
  const years = await clinicalRetentionYears(db);
  // The same clock in SQL, with a day's slack for leap days, picks the candidates; the pure rule decides.
  const candidates = await db.$queryRaw<{ id: string; erasedAt: Date; lastVisitAt: Date | null; lastRecordAt: Date | null }[]>`
    SELECT id, "erasedAt", "lastVisitAt", "lastRecordAt" FROM (
      SELECT u.id, u.erased_at AS "erasedAt", u.last_visit_at AS "lastVisitAt", ${LAST_CLINICAL_RECORD_AT} AS "lastRecordAt"
      FROM app_user u WHERE u.erased_at IS NOT NULL AND u.clinical_records_purged_at IS NULL) c
    WHERE COALESCE(GREATEST("lastVisitAt", "lastRecordAt"), "erasedAt") < ${now}::timestamptz - make_interval(years => ${years}::int) + interval '1 day'
    ORDER BY "erasedAt", id LIMIT ${BATCH}`;
  const due = candidates.filter((row) =>
    isPastRetention({ erasedAt: row.erasedAt, lastVisitAt: row.lastVisitAt, lastClinicalRecordAt: row.lastRecordAt }, years, now),
  );
  let purged = 0;
  for (const client of due) {
    const removed = await db.$transaction(async (tx) => {
      const locked = await tx.$queryRaw<{ id: string }[]>`
        SELECT id FROM app_user WHERE id = ${client.id}::uuid AND clinical_records_purged_at IS NULL FOR UPDATE SKIP LOCKED`;
      if (locked.length === 0) return null;
      return purgeClient(tx, client.id, years, now);
    });
    if (!removed) continue;
    purged += 1;
    // Objects outside the database go once the rows are gone (a failure leaves unreachable bytes, never a dangling row).
    for (const [kind, keys] of removed.externalKeys) await storeFor(kind).remove(db, keys);
  }
  return { checked: candidates.length, purged };
}

async function purgeClient(tx: DbClient, clientId: string, years: number, now: Date) {
  await tx.$executeRaw`SELECT set_config('glowbook.retention_purge', 'on', true)`;
  const ofClient = { appointment: { clientId } };
  const photos = await tx.clinicalPhoto.findMany({
    where: { clientId },
    select: { storage: true, thumbKey: true, displayKey: true, originalKey: true },
  });
  const keysByStore = new Map<PhotoStorageKind, string[]>();
  for (const photo of photos) {
    const keys = [photo.thumbKey, photo.displayKey, ...(photo.originalKey ? [photo.originalKey] : [])];
    keysByStore.set(photo.storage, [...(keysByStore.get(photo.storage) ?? []), ...keys]);
  }
  const deletedPhotos = await tx.clinicalPhoto.deleteMany({ where: { clientId } });
  // PostgreSQL-stored bytes go in this transaction; other stores after it commits.
  const postgresKeys = keysByStore.get("POSTGRES") ?? [];
  if (postgresKeys.length > 0) await storeFor("POSTGRES").remove(tx, postgresKeys);
  keysByStore.delete("POSTGRES");

  await tx.homecarePlanEdit.deleteMany({ where: { plan: { clientId } } });
  const plans = await tx.homecarePlan.deleteMany({ where: { clientId } });
  await tx.treatmentNoteAmendment.deleteMany({ where: { note: ofClient } });
  const notes = await tx.treatmentNote.deleteMany({ where: ofClient });
  await tx.appointmentReview.updateMany({ where: ofClient, data: { reasons: [], resolutionNote: null } });
  // A confirmation points at the submission it confirmed: delete the unreferenced ones until none are left.
  let intakes = 0;
  for (;;) {
    const { count } = await tx.intakeSubmission.deleteMany({ where: { clientId, confirmations: { none: {} } } });
    intakes += count;
    if (count === 0) break;
  }
  const consents = await tx.photoConsent.deleteMany({ where: { clientId } });
  await tx.$executeRaw`SELECT set_config('glowbook.retention_purge', 'off', true)`;
  await tx.user.update({ where: { id: clientId }, data: { clinicalRecordsPurgedAt: now } });
  await recordAudit(tx, SYSTEM, {
    action: "privacy.retention-purge",
    entityType: "app_user",
    entityId: clientId,
    details: {
      retentionYears: years,
      treatmentNotes: notes.count,
      intakes,
      consents: consents.count,
      photos: deletedPhotos.count,
      homecarePlans: plans.count,
    },
  });
  return { externalKeys: keysByStore };
}
