import "server-only";
import { recordAudit } from "@/lib/audit/record";
import { assertCan } from "@/lib/auth/assert-can";
import type { Actor } from "@/lib/auth/policy";
import { db, sql, type DbClient } from "@/lib/db/client";
import { findSpaLocation, requireSpaLocation } from "@/lib/location/queries";
import { DEFAULT_CLINICAL_RETENTION_YEARS, retentionEndsAt } from "./retention";
import type { RetentionPolicyData } from "./schema";

export type PrivacyRequestStatus = "PENDING" | "APPROVED" | "DECLINED";
export type OwnPrivacyRequest = {
  id: string;
  status: PrivacyRequestStatus;
  requestedAt: Date;
  decidedAt: Date | null;
  declineReason: string | null;
};

/** The client's latest erasure request, for their privacy page. */
export async function getOwnErasureRequest(actor: Actor): Promise<OwnPrivacyRequest | null> {
  assertCan(actor, "privacy:request-erasure");
  return db.privacyRequest.findFirst({
    where: { clientId: actor.userId },
    orderBy: [{ requestedAt: "desc" }, { id: "desc" }],
    select: { id: true, status: true, requestedAt: true, decidedAt: true, declineReason: true },
  });
}

/** The spa's clinical retention period in years (no row: the default). */
export async function clinicalRetentionYears(client: DbClient = db): Promise<number> {
  const spa = await findSpaLocation(client);
  if (!spa) return DEFAULT_CLINICAL_RETENTION_YEARS;
  const policy = await client.retentionPolicy.findUnique({ where: { locationId: spa.id }, select: { clinicalRetentionYears: true } });
  return policy?.clinicalRetentionYears ?? DEFAULT_CLINICAL_RETENTION_YEARS;
}

export type PrivacyRequestRow = {
  id: string;
  status: PrivacyRequestStatus;
  requestedAt: Date;
  decidedAt: Date | null;
  declineReason: string | null;
  clientId: string;
  /** The client's name now: an erased client's reads "Erased client …". */
  clientName: string;
  deciderName: string | null;
  upcomingVisits: number;
  /** For an approved request: when the client's clinical records are deleted (or were). */
  clinicalRecords: { purgedAt: Date } | { keptUntil: Date } | null;
};

const LIST_LIMIT = 100;

/** Open requests first (oldest first: they have waited longest), then the latest decisions. */
export async function listPrivacyRequests(
  actor: Actor,
  now = new Date(),
): Promise<{ pending: PrivacyRequestRow[]; decided: PrivacyRequestRow[] }> {
  assertCan(actor, "privacy:manage-requests");
  const years = await clinicalRetentionYears();
  const select = {
    id: true,
    status: true,
    requestedAt: true,
    decidedAt: true,
    declineReason: true,
    clientId: true,
    decidedBy: { select: { name: true } },
    client: {
      select: {
        name: true,
        erasedAt: true,
        lastVisitAt: true,
        clinicalRecordsPurgedAt: true,
        _count: { select: { appointments: { where: { status: "BOOKED" as const, startsAt: { gt: now } } } } },
      },
    },
  } as const;
  const [pending, decided] = await Promise.all([
    db.privacyRequest.findMany({
      where: { status: "PENDING" },
      orderBy: [{ requestedAt: "asc" }, { id: "asc" }],
      take: LIST_LIMIT,
      select,
    }),
    db.privacyRequest.findMany({
      where: { status: { not: "PENDING" } },
      orderBy: [{ decidedAt: "desc" }, { id: "desc" }],
      take: LIST_LIMIT,
      select,
    }),
  ]);
  const lastRecords = await lastClinicalRecordAt(
    db,
    decided.filter((row) => row.client.erasedAt).map((row) => row.clientId),
  );
  const toRow = (row: (typeof pending)[number]): PrivacyRequestRow => ({
    id: row.id,
    status: row.status,
    requestedAt: row.requestedAt,
    decidedAt: row.decidedAt,
    declineReason: row.declineReason,
    clientId: row.clientId,
    clientName: row.client.name,
    deciderName: row.decidedBy?.name ?? null,
    upcomingVisits: row.client._count.appointments,
    clinicalRecords:
      row.status !== "APPROVED" || !row.client.erasedAt
        ? null
        : row.client.clinicalRecordsPurgedAt
          ? { purgedAt: row.client.clinicalRecordsPurgedAt }
          : {
              keptUntil: retentionEndsAt(
                {
                  erasedAt: row.client.erasedAt,
                  lastVisitAt: row.client.lastVisitAt,
                  lastClinicalRecordAt: lastRecords.get(row.clientId) ?? null,
                },
                years,
              ),
            },
  });
  return { pending: pending.map(toRow), decided: decided.map(toRow) };
}

/**
 * The latest clinical record of the client `u` (signed intake, note, amendment, photo, published
 * plan; consents are kept with them but do not restart the clock, or erasure's own withdrawal
 * would), as SQL over a row of app_user aliased `u`.
 */
export const LAST_CLINICAL_RECORD_AT = sql`GREATEST(
  (SELECT max(i.submitted_at) FROM intake_submission i WHERE i.client_id = u.id),
  (SELECT max(n.signed_at) FROM treatment_note n JOIN appointment a ON a.id = n.appointment_id WHERE a.client_id = u.id),
  (SELECT max(m.created_at) FROM treatment_note_amendment m JOIN treatment_note n ON n.id = m.note_id
     JOIN appointment a ON a.id = n.appointment_id WHERE a.client_id = u.id),
  (SELECT max(p.created_at) FROM clinical_photo p WHERE p.client_id = u.id),
  (SELECT max(h.published_at) FROM homecare_plan h WHERE h.client_id = u.id))`;

/** LAST_CLINICAL_RECORD_AT for each of these clients: the retention clock starts there when it is later than the last visit. */
export async function lastClinicalRecordAt(client: DbClient, clientIds: string[]): Promise<Map<string, Date>> {
  if (clientIds.length === 0) return new Map();
  const rows = await client.$queryRaw<{ clientId: string; at: Date | null }[]>`
    SELECT u.id AS "clientId", ${LAST_CLINICAL_RECORD_AT} AS at FROM app_user u WHERE u.id = ANY(${clientIds}::uuid[])`;
  return new Map(rows.filter((row) => row.at).map((row) => [row.clientId, new Date(row.at!)]));
}

export async function getRetentionPolicy(actor: Actor): Promise<{ clinicalRetentionYears: number }> {
  assertCan(actor, "privacy:manage-requests");
  return { clinicalRetentionYears: await clinicalRetentionYears() };
}

export async function setRetentionPolicy(actor: Actor, input: RetentionPolicyData): Promise<void> {
  assertCan(actor, "privacy:manage-requests");
  const spa = await requireSpaLocation();
  await db.$transaction(async (tx) => {
    const before = await clinicalRetentionYears(tx);
    await tx.retentionPolicy.upsert({
      where: { locationId: spa.id },
      create: { locationId: spa.id, clinicalRetentionYears: input.clinicalRetentionYears },
      update: { clinicalRetentionYears: input.clinicalRetentionYears },
    });
    await recordAudit(tx, actor, {
      action: "retention-policy.update",
      entityType: "location",
      entityId: spa.id,
      details: { before: { clinicalRetentionYears: before }, after: input },
    });
  });
}
