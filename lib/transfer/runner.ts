import type { Db, DbClient } from "@/lib/db/client";
import { requireSpaLocation } from "@/lib/location/queries";
import type { DetectedFormat } from "./decode";
import { applyClientChunk, type ChunkCounts } from "./apply-clients";
import { ClientIndex } from "./client-index";
import { planClientRows, type ClientRowPlan } from "./classify-clients";
import { defaultDateOrder, readStoredMapping, spaCountry } from "./settings";
import { applyVisitPlan, planVisitRows, type ValueMapping } from "./visits";

export type ImportRunOptions = {
  /** How long a claim lasts without renewal; a worker that dies is replaced once it lapses. */
  leaseMs?: number;
  /** Client rows per transaction: the unit of progress (a crash loses at most the uncommitted chunk, which the next claim redoes). */
  chunkSize?: number;
  clock?: () => Date;
  log?: (line: string) => void;
  /** Tests: called after each committed chunk (a throw there stands for a worker killed mid-import). */
  afterChunk?: (rowsDone: number) => void | Promise<void>;
};

const DEFAULT_LEASE_MS = 60_000;
const MAX_ATTEMPTS = 5;

export class LeaseLostError extends Error {
  constructor() {
    super("Another worker took over this import.");
  }
}

type Claim = { id: string; attempts: number };

/**
 * Claims the oldest queued import, or a running one whose worker stopped renewing its lease (killed,
 * or its database connection lost): the claim bumps `attempts`, which every chunk then checks, so
 * a worker that comes back after being replaced cannot write another row.
 */
export async function claimImport(db: Db, now: Date, leaseMs = DEFAULT_LEASE_MS): Promise<Claim | null> {
  const leaseUntil = new Date(now.getTime() + leaseMs);
  const [claim] = await db.$queryRaw<Claim[]>`
    UPDATE import_file SET state = 'RUNNING', lease_until = ${leaseUntil}, attempts = attempts + 1
    WHERE id = (
      SELECT id FROM import_file
      WHERE state = 'QUEUED' OR (state = 'RUNNING' AND lease_until < ${now})
      ORDER BY queued_at NULLS LAST, created_at
      LIMIT 1 FOR UPDATE SKIP LOCKED
    )
    RETURNING id, attempts`;
  return claim ?? null;
}

/** Runs every import that is waiting, one after another; the worker's poll loop calls this. */
export async function runPendingImports(db: Db, options: ImportRunOptions = {}): Promise<number> {
  const clock = options.clock ?? (() => new Date());
  let ran = 0;
  for (let claim = await claimImport(db, clock(), options.leaseMs); claim; claim = await claimImport(db, clock(), options.leaseMs)) {
    ran += 1;
    await runClaimedImport(db, claim, options);
  }
  return ran;
}

/**
 * Applies an import from the first row not yet done. Each chunk commits its rows, its outcomes and
 * the new `rows_done` together, so after a crash the next claim starts exactly where the last
 * commit ended: nothing is applied twice and nothing is skipped.
 */
export async function runClaimedImport(db: Db, claim: Claim, options: ImportRunOptions = {}): Promise<void> {
  const clock = options.clock ?? (() => new Date());
  const leaseMs = options.leaseMs ?? DEFAULT_LEASE_MS;
  const chunkSize = options.chunkSize ?? 1_000;
  const file = await db.importFile.findUniqueOrThrow({ where: { id: claim.id } });
  if (claim.attempts > MAX_ATTEMPTS) {
    await finish(db, claim, "FAILED", clock(), `Stopped after ${MAX_ATTEMPTS} attempts: ${file.lastError ?? "the worker kept stopping"}`);
    return;
  }
  try {
    const location = await requireSpaLocation(db);
    const country = spaCountry(location.phone);
    const mapping = readStoredMapping(file.mapping, { country, dateOrder: defaultDateOrder(country) });
    const source = { content: Buffer.from(file.content), format: { encoding: file.encoding, delimiter: file.delimiter } as DetectedFormat };
    const commit = async (plans: ClientRowPlan[]) => {
      const now = clock();
      const last = plans.at(-1)!.rowNumber;
      await db.$transaction(
        async (tx) => {
          const counts = await applyClientChunk(tx, {
            importId: file.id,
            actorId: file.createdById,
            plans,
            timeZone: location.timeZone,
            now,
          });
          await recordProgress(tx, claim, { rowsDone: last, counts, leaseUntil: new Date(now.getTime() + leaseMs) });
        },
        { timeout: 120_000 },
      );
      await options.afterChunk?.(last);
    };
    let chunk: ClientRowPlan[] = [];
    const index = await ClientIndex.load(db, mapping.country);
    if (file.kind === "VISITS") {
      const now = clock();
      const valueMapping = (file.valueMapping ?? {}) as ValueMapping;
      const progress = (tx: DbClient, rowsDone: number, counts: ChunkCounts) =>
        recordProgress(tx, claim, { rowsDone, counts, leaseUntil: new Date(clock().getTime() + leaseMs) });
      for await (const plan of planVisitRows(db, source, { mapping, valueMapping, timeZone: location.timeZone, now, index })) {
        if (plan.rowNumber <= file.rowsDone) continue;
        await applyVisitPlan(db, plan, {
          importId: file.id,
          actorId: file.createdById,
          silent: !file.sendConfirmations,
          now: clock(),
          progress,
        });
        await options.afterChunk?.(plan.rowNumber);
      }
      await finish(db, claim, "DONE", clock(), null);
      return;
    }
    const plans = planClientRows(db, source, mapping, index);
    for await (const plan of plans) {
      if (plan.rowNumber <= file.rowsDone) continue;
      chunk.push(plan);
      if (chunk.length >= chunkSize) {
        await commit(chunk);
        chunk = [];
      }
    }
    if (chunk.length) await commit(chunk);
    await finish(db, claim, "DONE", clock(), null);
    options.log?.(`import ${file.id} (${file.fileName}) finished.`);
  } catch (error) {
    if (error instanceof LeaseLostError) return;
    const message = error instanceof Error ? error.message : String(error);
    // Left RUNNING with its lease: the next claim after it lapses retries from the last commit.
    await db.importFile.updateMany({ where: { id: claim.id, attempts: claim.attempts }, data: { lastError: message.slice(0, 500) } });
    throw error;
  }
}

async function recordProgress(tx: DbClient, claim: Claim, progress: { rowsDone: number; counts: ChunkCounts; leaseUntil: Date }) {
  const { counts } = progress;
  const updated = await tx.importFile.updateMany({
    where: { id: claim.id, attempts: claim.attempts, state: "RUNNING" },
    data: {
      rowsDone: progress.rowsDone,
      leaseUntil: progress.leaseUntil,
      createdCount: { increment: counts.created },
      matchedCount: { increment: counts.matched },
      rejectedCount: { increment: counts.rejected },
      skippedCount: { increment: counts.skipped },
    },
  });
  if (updated.count !== 1) throw new LeaseLostError();
}

async function finish(db: Db, claim: Claim, state: "DONE" | "FAILED", now: Date, lastError: string | null): Promise<void> {
  await db.$transaction(async (tx) => {
    const updated = await tx.importFile.updateMany({
      where: { id: claim.id, attempts: claim.attempts, state: "RUNNING" },
      data: { state, finishedAt: now, leaseUntil: null, ...(lastError ? { lastError } : {}) },
      // rows_done is left as it is: a failed import shows how far it got.
    });
    if (updated.count !== 1) return;
    const file = await tx.importFile.findUniqueOrThrow({ where: { id: claim.id } });
    await tx.auditEvent.create({
      data: {
        actorId: file.createdById,
        action: state === "DONE" ? "import.finish" : "import.fail",
        entityType: "import_file",
        entityId: file.id,
        details: {
          kind: file.kind,
          rows: file.totalRows,
          created: file.createdCount,
          matched: file.matchedCount,
          rejected: file.rejectedCount,
          skipped: file.skippedCount,
        },
      },
    });
  });
}
