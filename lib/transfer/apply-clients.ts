import { randomUUID } from "node:crypto";
import type { DbClient } from "@/lib/db/client";
import { localDateTimeToInstant } from "@/lib/scheduling/wall-time";
import type { ClientRowPlan } from "./classify-clients";

export type ChunkCounts = { created: number; matched: number; rejected: number; skipped: number };

/**
 * Writes one chunk of planned client rows in the caller's transaction: new clients in one insert
 * (no password: they sign in after an invitation or "forgot password"), blanks of matched clients
 * filled (never overwritten), every row's outcome, and the applied rows' hashes.
 */
export async function applyClientChunk(
  tx: DbClient,
  options: { importId: string; actorId: string | null; plans: readonly ClientRowPlan[]; timeZone: string; now: Date },
): Promise<ChunkCounts> {
  const { importId, plans, now } = options;
  const outcomes: {
    importId: string;
    rowNumber: number;
    outcome: ClientRowPlan["outcome"];
    reason: string | null;
    entityId: string | null;
  }[] = [];
  const applied: { kind: "CLIENTS"; rowHash: string; entityId: string; importId: string }[] = [];
  const created: {
    id: string;
    name: string;
    email: string | null;
    phone: string | null;
    role: "CLIENT";
    birthDate: Date | null;
    importedNotes: string | null;
    marketingConsentAt: Date | null;
    createdAt?: Date;
  }[] = [];
  const counts: ChunkCounts = { created: 0, matched: 0, rejected: 0, skipped: 0 };
  for (const plan of plans) {
    if (plan.outcome === "REJECTED") {
      counts.rejected += 1;
      outcomes.push({ importId, rowNumber: plan.rowNumber, outcome: plan.outcome, reason: plan.reason, entityId: null });
      continue;
    }
    if (plan.outcome === "ALREADY_IMPORTED") {
      counts.skipped += 1;
      outcomes.push({ importId, rowNumber: plan.rowNumber, outcome: plan.outcome, reason: null, entityId: plan.clientId });
      continue;
    }
    const { candidate } = plan;
    const fields = {
      birthDate: candidate.birthDate ? new Date(`${candidate.birthDate}T00:00:00Z`) : null,
      importedNotes: candidate.notes,
      marketingConsentAt: candidate.marketingConsent ? now : null,
    };
    let clientId: string;
    if (plan.outcome === "CREATED") {
      clientId = randomUUID();
      const since = candidate.createdDate ? localDateTimeToInstant(`${candidate.createdDate}T00:00`, options.timeZone) : null;
      created.push({
        id: clientId,
        name: candidate.name,
        email: candidate.email,
        phone: candidate.phone,
        role: "CLIENT",
        ...fields,
        ...(since ? { createdAt: since } : {}),
      });
      counts.created += 1;
    } else {
      clientId = plan.clientId;
      await tx.$executeRaw`
        UPDATE app_user SET
          phone = COALESCE(phone, ${candidate.phone}),
          birth_date = COALESCE(birth_date, ${fields.birthDate}::date),
          imported_notes = COALESCE(imported_notes, ${fields.importedNotes}),
          marketing_consent_at = COALESCE(marketing_consent_at, ${fields.marketingConsentAt}::timestamptz)
        WHERE id = ${clientId}::uuid`;
      counts.matched += 1;
    }
    outcomes.push({ importId, rowNumber: plan.rowNumber, outcome: plan.outcome, reason: null, entityId: clientId });
    applied.push({ kind: "CLIENTS", rowHash: plan.hash, entityId: clientId, importId });
  }
  if (created.length) {
    await tx.user.createMany({ data: created });
    await tx.auditEvent.createMany({
      data: created.map((client) => ({
        actorId: options.actorId,
        action: "client.create",
        entityType: "client",
        entityId: client.id,
        details: { by: "import", importId },
      })),
    });
  }
  if (outcomes.length) await tx.importRow.createMany({ data: outcomes });
  if (applied.length) await tx.importAppliedRow.createMany({ data: applied, skipDuplicates: true });
  return counts;
}
