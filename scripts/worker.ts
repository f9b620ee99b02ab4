import "./lib/server-only-outside-next";
import { setTimeout as delay } from "node:timers/promises";
import { MigrationError, describeTarget, migrate } from "@/lib/db/migrate";
import { createOutageLog, isDatabaseUnavailable } from "@/lib/errors/unavailable";
import { startWorker, type RunningWorker } from "@/lib/jobs/worker";

// `npm run worker`: the background worker alone (email delivery, reminders), for deployments that
// run it apart from the web tier. `npm start` runs the same script as a supervised child
// (--supervised: it has already migrated, and this process stops when its supervisor goes away).
const log = (line: string) => console.log(`[worker] ${line}`);
const outage = createOutageLog({ subject: "The database", log });
const supervised = process.argv.includes("--supervised");
let worker: RunningWorker | null = null;
let stopping = false;

// pg-boss 10 completes and fails jobs without awaiting (Manager.watch), so a database that vanishes
// mid-job rejects a promise nobody holds. That must not end the process: it is logged once per
// outage (or once per kind of error) and the worker carries on; the loops retry by themselves.
const seenRejections = new Set<string>();
process.on("unhandledRejection", (reason) => {
  if (isDatabaseUnavailable(reason)) return outage.report(reason);
  const text = reason instanceof Error ? reason.message : String(reason);
  if (seenRejections.has(text)) return;
  seenRejections.add(text);
  log(`ignored an unhandled rejection: ${text}`);
});

async function main(): Promise<void> {
  const connectionString = process.env.DATABASE_URL?.trim();
  if (!connectionString) {
    console.error("Set DATABASE_URL to the app's database (npm start runs the worker by itself).");
    process.exit(1);
  }
  for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => void stop(0));
  if (supervised) process.on("disconnect", () => void stop(0));
  worker = await startWhenReachable(connectionString);
  log(`running against ${describeTarget(connectionString)}.${supervised ? "" : " Press Ctrl-C to stop."}`);
}

/** Starts once the database answers: a worker started during an outage waits instead of exiting. */
async function startWhenReachable(connectionString: string): Promise<RunningWorker> {
  const delivery = sendTimeoutFromEnv();
  for (let wait = 1_000; ; wait = Math.min(wait * 2, 30_000)) {
    try {
      // Same advisory-locked runner as npm start: a no-op when the web tier has already migrated.
      if (!supervised) await migrate(connectionString);
      const started = await startWorker({ connectionString, log, delivery });
      outage.recovered();
      return started;
    } catch (error) {
      if (!isDatabaseUnavailable(error) || stopping) throw error;
      outage.report(error);
      await delay(wait);
    }
  }
}

/** EMAIL_SEND_TIMEOUT_SECONDS: the longest one SMTP conversation may take (the claim's lease follows from it). */
function sendTimeoutFromEnv(): { sendTimeoutSeconds?: number } {
  const raw = process.env.EMAIL_SEND_TIMEOUT_SECONDS?.trim();
  if (!raw) return {};
  const seconds = Number(raw);
  if (!Number.isFinite(seconds) || seconds < 1 || seconds > 600) {
    console.error(`EMAIL_SEND_TIMEOUT_SECONDS must be a number of seconds from 1 to 600, not "${raw}".`);
    process.exit(1);
  }
  return { sendTimeoutSeconds: seconds };
}

async function stop(code: number): Promise<void> {
  if (stopping) return;
  stopping = true;
  if (!supervised) log("stopping…");
  try {
    await worker?.stop();
  } catch (error) {
    console.error(error);
    code = 1;
  }
  process.exit(code);
}

main().catch((error: unknown) => {
  console.error(error instanceof MigrationError ? error.message : error);
  process.exit(1);
});
