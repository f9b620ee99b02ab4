import "server-only";
import { Readable } from "node:stream";
import { stringify } from "csv-stringify";
import { assertCan } from "@/lib/auth/assert-can";
import type { Actor } from "@/lib/auth/policy";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import { isUuid } from "@/lib/ids/uuid";
import { requireSpaLocation } from "@/lib/location/queries";
import { ClientIndex } from "./client-index";
import { describeClientPlan, planClientRows, type ClientRowPlan } from "./classify-clients";
import { loadVisitTargets, matchName, planVisitRows, type ValueMapping, type VisitRowPlan } from "./visits";
import { previewRows, readRows, type DetectedFormat } from "./decode";
import { defaultDateOrder, readStoredMapping, spaCountry, type StoredMapping } from "./settings";

const importSelect = {
  id: true,
  kind: true,
  fileName: true,
  encoding: true,
  delimiter: true,
  headers: true,
  totalRows: true,
  mapping: true,
  valueMapping: true,
  sendConfirmations: true,
  state: true,
  rowsDone: true,
  createdCount: true,
  matchedCount: true,
  rejectedCount: true,
  skippedCount: true,
  lastError: true,
  invitationsSentAt: true,
  createdAt: true,
  queuedAt: true,
  finishedAt: true,
} as const;

export type ImportSummary = Awaited<ReturnType<typeof getImport>>;

/** One import as its page shows it: file, mapping, state and progress. */
export async function getImport(actor: Actor, importId: string) {
  assertCan(actor, "admin:import-data");
  const found = isUuid(importId) ? await db.importFile.findUnique({ where: { id: importId }, select: importSelect }) : null;
  if (!found) throw new AppError("NOT_FOUND", "That import was not found.");
  const location = await requireSpaLocation();
  const country = spaCountry(location.phone);
  return {
    ...found,
    headers: found.headers as string[],
    mapping: readStoredMapping(found.mapping, { country, dateOrder: defaultDateOrder(country) }),
    valueMapping: (found.valueMapping ?? {}) as Record<string, Record<string, string>>,
  };
}

/** The latest imports, newest first, for the import page's list. */
export async function listImports(actor: Actor) {
  assertCan(actor, "admin:import-data");
  return db.importFile.findMany({
    select: { id: true, kind: true, fileName: true, state: true, totalRows: true, rowsDone: true, rejectedCount: true, createdAt: true },
    orderBy: { createdAt: "desc" },
    take: 20,
  });
}

/** The first rows under the header, for the mapping step. */
export async function getImportPreview(actor: Actor, importId: string, limit = 5): Promise<string[][]> {
  assertCan(actor, "admin:import-data");
  const file = await loadContent(importId);
  return previewRows(file.content, file.format, limit).rows;
}

async function loadContent(importId: string) {
  const found = isUuid(importId)
    ? await db.importFile.findUnique({
        where: { id: importId },
        select: { content: true, encoding: true, delimiter: true, kind: true, state: true, mapping: true, valueMapping: true },
      })
    : null;
  if (!found) throw new AppError("NOT_FOUND", "That import was not found.");
  return {
    ...found,
    content: Buffer.from(found.content),
    format: { encoding: found.encoding, delimiter: found.delimiter } as DetectedFormat,
  };
}

type Plan = ClientRowPlan | VisitRowPlan;
export type DryRunRow = {
  rowNumber: number;
  outcome: Plan["outcome"];
  description: string;
  name: string | null;
  email: string | null;
  phone: string | null;
};
export type DryRun = { counts: Record<Plan["outcome"], number>; rows: DryRunRow[]; shown: number };

export type DryRunFilter = "all" | "REJECTED" | "CREATED" | "MATCHED" | "BOOKED";

/** Every row's plan, through the same planners the import itself runs. */
async function plansOf(file: Awaited<ReturnType<typeof loadContent>>, now: Date): Promise<AsyncGenerator<Plan>> {
  const location = await requireSpaLocation();
  const mapping = await mappingOf(file.mapping);
  const index = await ClientIndex.load(db, mapping.country);
  if (file.kind === "CLIENTS") return planClientRows(db, file, mapping, index);
  const valueMapping = (file.valueMapping ?? {}) as ValueMapping;
  return planVisitRows(db, file, { mapping, valueMapping, timeZone: location.timeZone, now, index });
}

function describePlan(plan: Plan): string {
  if (plan.outcome === "BOOKED") return "Will be booked, if the esthetician and a room are free then";
  if (plan.outcome === "ALREADY_IMPORTED" && "appointmentId" in plan) return "Already booked by an earlier import";
  return describeClientPlan(plan as ClientRowPlan);
}

/**
 * The dry run: what every row would do with the saved mapping, counted over the whole file, and
 * the first `limit` rows (of one outcome, if asked) listed with the reason. Nothing is written.
 */
export async function dryRunImport(
  actor: Actor,
  importId: string,
  options: { filter?: DryRunFilter; limit?: number; now?: Date } = {},
): Promise<DryRun> {
  assertCan(actor, "admin:import-data");
  const file = await loadContent(importId);
  const limit = options.limit ?? 100;
  const counts = { CREATED: 0, MATCHED: 0, REJECTED: 0, ALREADY_IMPORTED: 0, BOOKED: 0 };
  const rows: DryRunRow[] = [];
  for await (const plan of await plansOf(file, options.now ?? new Date())) {
    counts[plan.outcome] += 1;
    if (rows.length >= limit) continue;
    if (options.filter && options.filter !== "all" && plan.outcome !== options.filter) continue;
    const candidate = plan.outcome === "CREATED" || plan.outcome === "MATCHED" ? plan.candidate : null;
    rows.push({
      rowNumber: plan.rowNumber,
      outcome: plan.outcome,
      description: describePlan(plan),
      name: candidate?.name ?? null,
      email: candidate?.email ?? null,
      phone: candidate?.phone ?? null,
    });
  }
  return { counts, rows, shown: rows.length };
}

/** Visits: the service and esthetician names in the file, each with what it matches now. */
export async function getVisitNameChoices(actor: Actor, importId: string) {
  assertCan(actor, "admin:import-data");
  const file = await loadContent(importId);
  if (file.kind !== "VISITS") throw new AppError("NOT_FOUND", "That import was not found.");
  const mapping = await mappingOf(file.mapping);
  const valueMapping = (file.valueMapping ?? {}) as ValueMapping;
  const targets = await loadVisitTargets(db);
  const serviceNames = new Set<string>();
  const staffNames = new Set<string>();
  for await (const { values } of readRows(file.content, file.format)) {
    const service = mapping.columns.service === undefined ? "" : (values[mapping.columns.service] ?? "").trim();
    const staff = mapping.columns.staff === undefined ? "" : (values[mapping.columns.staff] ?? "").trim();
    if (service && serviceNames.size < 200) serviceNames.add(service);
    if (staff && staffNames.size < 200) staffNames.add(staff);
  }
  const choices = (names: Set<string>, list: typeof targets.services, chosen: Record<string, string> | undefined) =>
    [...names].sort((a, b) => a.localeCompare(b)).map((name) => ({ name, matchedId: matchName(name, list, chosen) }));
  return {
    services: choices(serviceNames, targets.services, valueMapping.service),
    staff: choices(staffNames, targets.staff, valueMapping.staff),
    targets,
  };
}

async function mappingOf(stored: unknown): Promise<StoredMapping> {
  const location = await requireSpaLocation();
  const country = spaCountry(location.phone);
  return readStoredMapping(stored, { country, dateOrder: defaultDateOrder(country) });
}

/**
 * The rejected rows as a CSV to fix and upload again: the file's own columns, then "Row" and
 * "Reason". Before the import is applied they come from a dry run; after, from what it recorded.
 * Streamed: neither the file nor the rejects are held as one string.
 */
export async function rejectsCsv(actor: Actor, importId: string): Promise<{ fileName: string; stream: Readable }> {
  assertCan(actor, "admin:import-data");
  const file = await loadContent(importId);
  const meta = await db.importFile.findUniqueOrThrow({ where: { id: importId }, select: { headers: true, fileName: true } });
  const headers = meta.headers as string[];
  const rejected = file.state === "MAPPING" ? null : await recordedRejects(importId);
  async function* rows(): AsyncGenerator<string[]> {
    yield [...headers, "Row", "Reason"];
    if (rejected) {
      for await (const { rowNumber, values } of readRows(file.content, file.format)) {
        const reason = rejected.get(rowNumber);
        if (reason) yield [...pad(values, headers.length), String(rowNumber), reason];
      }
      return;
    }
    for await (const plan of await plansOf(file, new Date()))
      if (plan.outcome === "REJECTED") yield [...pad(plan.values, headers.length), String(plan.rowNumber), plan.reason];
  }
  const base = meta.fileName.replace(/\.(csv|tsv|txt)$/i, "");
  return { fileName: `${base}-rejected.csv`, stream: Readable.from(rows()).pipe(stringify({ bom: true })) };
}

async function recordedRejects(importId: string): Promise<Map<number, string>> {
  const rows = await db.importRow.findMany({ where: { importId, outcome: "REJECTED" }, select: { rowNumber: true, reason: true } });
  return new Map(rows.map((row) => [row.rowNumber, row.reason ?? "Rejected"]));
}

function pad(values: readonly string[], length: number): string[] {
  return Array.from({ length: Math.max(length, values.length) }, (_, i) => values[i] ?? "");
}
