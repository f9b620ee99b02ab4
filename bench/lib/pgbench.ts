import { spawn } from "node:child_process";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import pg from "pg";

export type RawInsertFigure = { tps: number; clients: number; seconds: number } | { missing: string };

const INSTALL_HINT = "pgbench was not found; install Debian's postgresql-client (apt-get install postgresql-client) for the raw figure.";

/**
 * The ceiling a booking is compared with: plain INSERTs into a table with the same gist exclusion
 * constraint as appointment (one esthetician, a tstzrange that must not overlap), by pgbench with
 * `clients` connections for `seconds`, on the same PostgreSQL, in a scratch database of its own.
 * Every insert succeeds (each client walks its own column of hours), so the figure is the cost of
 * the checked insert itself: no engine, no application, no network beyond localhost.
 */
export async function measureRawExclusionInserts(
  adminUrl: string,
  options: { clients?: number; seconds?: number } = {},
): Promise<RawInsertFigure> {
  const clients = options.clients ?? 8;
  const seconds = options.seconds ?? 10;
  const url = await createRawBookingDatabase(adminUrl);
  const dir = await mkdtemp(path.join(os.tmpdir(), "glowbook-pgbench-"));
  const script = path.join(dir, "insert.sql");
  // Each transaction takes the next hour of its client's own esthetician: never a conflict.
  await writeFile(
    script,
    [
      "\\set staff :client_id",
      "INSERT INTO raw_booking (staff_id, blocked_from, blocked_until)",
      "  SELECT :staff, t, t + interval '1 hour' FROM (SELECT timestamptz '2030-01-01' + nextval('raw_hour') * interval '1 hour' AS t) s;",
      "",
    ].join("\n"),
  );
  try {
    const output = await run("pgbench", ["-n", "-c", String(clients), "-j", "2", "-T", String(seconds), "-f", script, url]);
    if (output === null) return { missing: INSTALL_HINT };
    const match = /tps = ([\d.]+)/.exec(output);
    if (!match) throw new Error(`pgbench printed no tps:\n${output}`);
    return { tps: Number(match[1]), clients, seconds };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/**
 * A scratch database `bench_raw_insert` (made anew) on the PostgreSQL of `adminUrl`, holding
 * raw_booking, the appointment table's exclusion constraint alone, the sequence raw_hour that
 * hands out distinct hours, and two jsonb tables (raw_audit, raw_outbox). Returns its URL.
 * bench:floor inserts into it through a blank Next app.
 */
export async function createRawBookingDatabase(adminUrl: string): Promise<string> {
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  const url = new URL(adminUrl);
  url.pathname = "/bench_raw_insert";
  try {
    await admin.query("DROP DATABASE IF EXISTS bench_raw_insert");
    await admin.query("CREATE DATABASE bench_raw_insert");
  } finally {
    await admin.end();
  }
  const scratch = new pg.Client({ connectionString: url.toString() });
  await scratch.connect();
  try {
    await scratch.query(`
      CREATE EXTENSION IF NOT EXISTS btree_gist;
      CREATE TABLE raw_booking (
        id BIGSERIAL PRIMARY KEY,
        staff_id INT NOT NULL,
        blocked_from TIMESTAMPTZ NOT NULL,
        blocked_until TIMESTAMPTZ NOT NULL,
        CONSTRAINT raw_booking_no_overlap EXCLUDE USING gist (staff_id WITH =, tstzrange(blocked_from, blocked_until, '[)') WITH &&)
      );
      CREATE SEQUENCE raw_hour;
      -- bench:floor's booking-shaped POST also writes an audit row and an outbox row, as a booking does.
      CREATE TABLE raw_audit (id BIGSERIAL PRIMARY KEY, action TEXT NOT NULL, details JSONB NOT NULL, created_at TIMESTAMPTZ NOT NULL DEFAULT clock_timestamp());
      CREATE TABLE raw_outbox (id BIGSERIAL PRIMARY KEY, booking_id BIGINT NOT NULL, payload JSONB NOT NULL, created_at TIMESTAMPTZ NOT NULL DEFAULT clock_timestamp());`);
  } finally {
    await scratch.end();
  }
  return url.toString();
}

/** stdout of a command, or null when it is not installed. */
function run(command: string, args: string[]): Promise<string | null> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: ["ignore", "pipe", "pipe"] });
    let out = "";
    child.stdout.on("data", (chunk: Buffer) => (out += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (out += chunk.toString()));
    child.once("error", (error: NodeJS.ErrnoException) => (error.code === "ENOENT" ? resolve(null) : reject(error)));
    child.once("exit", (code) => (code === 0 ? resolve(out) : reject(new Error(`${command} exited with ${code}:\n${out}`))));
  });
}

export function describeRawFigure(figure: RawInsertFigure): string {
  return "missing" in figure
    ? figure.missing
    : `${figure.tps.toFixed(0)} tps (pgbench, ${figure.clients} clients, ${figure.seconds} s, INSERT with the gist exclusion constraint)`;
}
