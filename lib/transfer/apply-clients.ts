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
  // Arrays bound as one parameter per column and unnested: thousands of rows in one statement
  // without thousands of bind parameters (about ten times faster than a row-by-row VALUES list).
  if (created.length) {
    await tx.$executeRaw`
      INSERT INTO app_user (id, name, email, phone, role, birth_date, imported_notes, marketing_consent_at, created_at)
      SELECT id, name, email, phone, 'CLIENT', birth_date, imported_notes, marketing_consent_at, coalesce(created_at, now())
      FROM unnest(
        ${created.map((c) => c.id)}::uuid[], ${created.map((c) => c.name)}::text[], ${created.map((c) => c.email)}::text[],
        ${created.map((c) => c.phone)}::text[], ${created.map((c) => c.birthDate)}::date[], ${created.map((c) => c.importedNotes)}::text[],
        ${created.map((c) => c.marketingConsentAt)}::timestamptz[], ${created.map((c) => c.createdAt ?? null)}::timestamptz[]
      ) AS t(id, name, email, phone, birth_date, imported_notes, marketing_consent_at, created_at)`;
    await tx.$executeRaw`
      INSERT INTO audit_event (actor_id, action, entity_type, entity_id, details)
      SELECT ${options.actorId}::uuid, 'client.create', 'client', id, jsonb_build_object('by', 'import', 'importId', ${importId}::text)
      FROM unnest(${created.map((c) => c.id)}::text[]) AS t(id)`;
  }
  if (outcomes.length) {
    await tx.$executeRaw`
      INSERT INTO import_row (import_id, row_number, outcome, reason, entity_id)
      SELECT ${importId}::uuid, row_number, outcome::"ImportRowOutcome", reason, entity_id
      FROM unnest(${outcomes.map((o) => o.rowNumber)}::int[], ${outcomes.map((o) => o.outcome)}::text[], ${outcomes.map((o) => o.reason)}::text[], ${outcomes.map((o) => o.entityId)}::uuid[])
        AS t(row_number, outcome, reason, entity_id)`;
  }
  if (applied.length) {
    await tx.$executeRaw`
      INSERT INTO import_applied_row (kind, row_hash, entity_id, import_id)
      SELECT 'CLIENTS', row_hash, entity_id, ${importId}::uuid
      FROM unnest(${applied.map((a) => a.rowHash)}::text[], ${applied.map((a) => a.entityId)}::uuid[]) AS t(row_hash, entity_id)
      ON CONFLICT DO NOTHING`;
  }
  return counts;
}
