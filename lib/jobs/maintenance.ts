import type { Db } from "@/lib/db/client";
import { isDatabaseUnavailable } from "@/lib/errors/unavailable";
import { pruneExpiredIdempotencyRecords } from "@/lib/idempotency/run-once";
import { createPollLoop } from "@/lib/notify/poll-loop";
import { purgeExpiredClinicalRecords } from "@/lib/privacy/purge";
import { pruneExpiredSecurityRows } from "./housekeeping";

export type MaintenanceReport = Awaited<ReturnType<typeof runMaintenance>>;

/**
 * One maintenance pass: expired account rows (rate limits, throttles, sessions, tokens,
 * challenges), expired idempotency keys, and erased clients' clinical records whose retention
 * period is over (docs/decisions/0029). Every step is idempotent and safe on several workers at once.
 */
export async function runMaintenance(db: Db, now = new Date()) {
  const account = await pruneExpiredSecurityRows(db, now);
  const idempotencyRecords = await pruneExpiredIdempotencyRecords(db, now);
  const retention = await purgeExpiredClinicalRecords({ db, now });
  return { ...account, idempotencyRecords, retention };
}

export const MAINTENANCE_INTERVAL_MS = 60 * 60_000;
const FIRST_RUN_AFTER_MS = 60_000;

/** Runs maintenance a minute after the worker starts, then every hour. */
export function startMaintenance(options: {
  db: Db;
  log: (line: string) => void;
  onOutage: (error: unknown) => void;
  intervalMs?: number;
  firstRunAfterMs?: number;
}) {
  const loop = createPollLoop(
    async () => {
      const report = await runMaintenance(options.db);
      const removed = Object.entries(report).filter(([, value]) => typeof value === "number" && value > 0);
      if (removed.length > 0 || report.retention.purged > 0) {
        const parts = removed.map(([name, count]) => `${count} ${name}`);
        if (report.retention.purged > 0) parts.push(`clinical records of ${report.retention.purged} erased clients`);
        options.log(`maintenance removed ${parts.join(", ")}`);
      }
    },
    {
      intervalMs: options.intervalMs ?? MAINTENANCE_INTERVAL_MS,
      onError: (error) =>
        isDatabaseUnavailable(error)
          ? options.onOutage(error)
          : options.log(`maintenance failed: ${error instanceof Error ? error.message : String(error)}`),
    },
  );
  const first = setTimeout(loop.kick, options.firstRunAfterMs ?? FIRST_RUN_AFTER_MS);
  return {
    async stop() {
      clearTimeout(first);
      await loop.stop();
    },
  };
}
