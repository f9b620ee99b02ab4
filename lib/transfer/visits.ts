import { findActorById } from "@/lib/auth/queries";
import { bookAppointment } from "@/lib/booking/book-command";
import type { Db, DbClient } from "@/lib/db/client";
import { isAppError } from "@/lib/errors/app-error";
import type { ChunkCounts } from "./apply-clients";
import { normalisePhone } from "./client-row";
import type { ClientIndex } from "./client-index";
import { readRows, type DetectedFormat } from "./decode";
import { rowHash } from "./row-hash";
import type { StoredMapping } from "./settings";
import { nameKey, readVisitRow, VISIT_REJECT_REASONS } from "./visit-row";

export type ValueMapping = { service?: Record<string, string>; staff?: Record<string, string> };
type Named = { id: string; name: string };

export type VisitRowPlan =
  | {
      rowNumber: number;
      values: string[];
      outcome: "BOOKED";
      startsAt: Date;
      serviceId: string;
      staffId: string;
      clientId: string;
      hash: string;
    }
  | { rowNumber: number; values: string[]; outcome: "ALREADY_IMPORTED"; appointmentId: string; hash: string }
  | { rowNumber: number; values: string[]; outcome: "REJECTED"; reason: string };

/** The spa's services and estheticians, to match the names in a visits file against. */
export async function loadVisitTargets(client: DbClient): Promise<{ services: Named[]; staff: Named[] }> {
  const [services, staff] = await Promise.all([
    client.service.findMany({ where: { active: true }, select: { id: true, name: true }, orderBy: { name: "asc" } }),
    client.staffProfile.findMany({ where: { active: true }, select: { id: true, displayName: true }, orderBy: { displayName: "asc" } }),
  ]);
  return { services, staff: staff.map((member) => ({ id: member.id, name: member.displayName })) };
}

/**
 * Which service or esthetician a name in the file means: the admin's choice on the mapping step
 * ("" = none), else the one whose name is the same ignoring case, accents and punctuation.
 */
export function matchName(name: string, targets: readonly Named[], chosen: Record<string, string> | undefined): string | null {
  if (chosen && Object.hasOwn(chosen, name)) return targets.some((target) => target.id === chosen[name]) ? chosen[name]! : null;
  const key = nameKey(name);
  return targets.find((target) => nameKey(target.name) === key)?.id ?? null;
}

/**
 * What each visit row will do, in file order: be booked (service, esthetician and client all
 * matched, upcoming), nothing (an earlier import booked it), or be rejected with the reason. Whether
 * the slot is free is settled by the booking command itself when the row is applied.
 */
export async function* planVisitRows(
  client: DbClient,
  file: { content: Buffer; format: DetectedFormat },
  context: { mapping: StoredMapping; valueMapping: ValueMapping; timeZone: string; now: Date; index: ClientIndex },
): AsyncGenerator<VisitRowPlan> {
  const { mapping, valueMapping, index } = context;
  const targets = await loadVisitTargets(client);
  const seen = new Map<string, number>();
  for await (const { rowNumber, values } of readRows(file.content, file.format)) {
    const reading = readVisitRow(values, mapping.columns, { order: mapping.dateOrder, timeZone: context.timeZone, now: context.now });
    if (!reading.ok) {
      yield { rowNumber, values, outcome: "REJECTED", reason: reading.reason };
      continue;
    }
    const visit = reading.value;
    const serviceId = matchName(visit.serviceName, targets.services, valueMapping.service);
    if (!serviceId) {
      yield {
        rowNumber,
        values,
        outcome: "REJECTED",
        reason: `No service matches "${visit.serviceName}": choose one on the mapping step.`,
      };
      continue;
    }
    const staffId = matchName(visit.staffName, targets.staff, valueMapping.staff);
    if (!staffId) {
      yield {
        rowNumber,
        values,
        outcome: "REJECTED",
        reason: `No esthetician matches "${visit.staffName}": choose one on the mapping step.`,
      };
      continue;
    }
    const phone = visit.phoneRaw ? normalisePhone(visit.phoneRaw, mapping.country) : null;
    const match = index.match(visit.email, phone);
    if (!match) {
      yield { rowNumber, values, outcome: "REJECTED", reason: VISIT_REJECT_REASONS.noClient };
      continue;
    }
    const key = `${match.id}|${visit.startsAt.toISOString()}`;
    const earlierRow = seen.get(key);
    if (earlierRow) {
      yield {
        rowNumber,
        values,
        outcome: "REJECTED",
        reason: `Duplicate inside the file: row ${earlierRow} is the same client at the same time.`,
      };
      continue;
    }
    seen.set(key, rowNumber);
    const hash = rowHash("VISITS", { startsAt: visit.startsAt.toISOString(), serviceId, staffId, clientId: match.id });
    const applied = await client.importAppliedRow.findUnique({
      where: { kind_rowHash: { kind: "VISITS", rowHash: hash } },
      select: { entityId: true },
    });
    if (applied) yield { rowNumber, values, outcome: "ALREADY_IMPORTED", appointmentId: applied.entityId, hash };
    else yield { rowNumber, values, outcome: "BOOKED", startsAt: visit.startsAt, serviceId, staffId, clientId: match.id, hash };
  }
}

type Progress = (tx: DbClient, rowsDone: number, counts: ChunkCounts) => Promise<void>;
const NONE: ChunkCounts = { created: 0, matched: 0, rejected: 0, skipped: 0 };

/**
 * Applies one planned visit through the one booking command, as the admin who started the import
 * books at the desk: staff rules, hours, rooms and the exclusion constraints all apply, and a slot
 * that is taken (or a contraindication) rejects the row with the command's own reason instead of
 * forcing it. The row's outcome and the import's progress are written in the booking's transaction.
 */
export async function applyVisitPlan(
  db: Db,
  plan: VisitRowPlan,
  context: { importId: string; actorId: string | null; silent: boolean; now: Date; progress: Progress },
): Promise<void> {
  const { importId, progress } = context;
  const record = async (
    tx: DbClient,
    outcome: VisitRowPlan["outcome"],
    reason: string | null,
    entityId: string | null,
    counts: ChunkCounts,
  ) => {
    await tx.importRow.create({ data: { importId, rowNumber: plan.rowNumber, outcome, reason, entityId } });
    await progress(tx, plan.rowNumber, counts);
  };
  if (plan.outcome === "REJECTED") {
    await db.$transaction((tx) => record(tx, "REJECTED", plan.reason, null, { ...NONE, rejected: 1 }));
    return;
  }
  if (plan.outcome === "ALREADY_IMPORTED") {
    await db.$transaction((tx) => record(tx, "ALREADY_IMPORTED", null, plan.appointmentId, { ...NONE, skipped: 1 }));
    return;
  }
  const actor = context.actorId ? await findActorById(context.actorId) : null;
  try {
    if (!actor) throw new Error("The admin who started this import no longer has an account.");
    await bookAppointment(
      actor,
      { serviceId: plan.serviceId, staffId: plan.staffId, startsAt: plan.startsAt.toISOString(), clientNotes: "" },
      context.now,
      { client: { id: plan.clientId }, silent: context.silent },
      async (tx, appointment) => {
        await tx.importAppliedRow.create({ data: { kind: "VISITS", rowHash: plan.hash, entityId: appointment.id, importId } });
        await record(tx, "BOOKED", null, appointment.id, { ...NONE, created: 1 });
      },
    );
  } catch (error) {
    if (!isAppError(error) || error.code === "UNAVAILABLE") throw error;
    const slotTaken = error.code === "CONFLICT" && !!(error.details.data as { alternatives?: unknown } | undefined)?.alternatives;
    const reason = slotTaken ? VISIT_REJECT_REASONS.notFree : error.userMessage;
    await db.$transaction((tx) => record(tx, "REJECTED", reason, null, { ...NONE, rejected: 1 }));
  }
}
