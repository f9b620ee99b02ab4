import { createHash, randomUUID } from "node:crypto";
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import pg from "pg";

/**
 * Applies prisma/migrations the way `prisma migrate deploy` does, keeping its `_prisma_migrations`
 * bookkeeping, because the Prisma CLI's schema engine cannot be downloaded here
 * (docs/decisions/0001-own-migration-runner.md).
 */

// Same key as Prisma's migrate lock, so this runner and the CLI never run at once either.
export const ADVISORY_LOCK_KEY = 72707369;

export const MIGRATIONS_DIR = path.join(process.cwd(), "prisma", "migrations");

export type MigrationFile = { name: string; sql: string; checksum: string };
export type MigrateResult = { applied: string[]; alreadyApplied: number };

export class MigrationError extends Error {
  override name = "MigrationError";
}

/** Lower-case hex sha256 of the file's bytes: the value Prisma stores in `checksum`. */
export function checksumOf(content: string | Buffer): string {
  return createHash("sha256").update(content).digest("hex");
}

// Prisma accepts a recorded checksum that matches the script with either line ending, because
// git may check a file out with CRLF on Windows (prisma-engines, checksum.rs).
function matchesChecksum(sql: string, checksum: string): boolean {
  const variants = [sql, sql.replaceAll("\r\n", "\n"), sql.replaceAll(/\r?\n/g, "\r\n")];
  return variants.some((variant) => checksumOf(variant) === checksum);
}

export async function readMigrations(dir = MIGRATIONS_DIR): Promise<MigrationFile[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const names = entries
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
  return Promise.all(
    names.map(async (name) => {
      const file = path.join(dir, name, "migration.sql");
      const bytes = await readFile(file).catch(() => {
        throw new MigrationError(`Migration folder ${name} has no readable migration.sql (${file}).`);
      });
      return { name, sql: bytes.toString("utf8"), checksum: checksumOf(bytes) };
    }),
  );
}

const CREATE_BOOKKEEPING = `
CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
  "id" VARCHAR(36) PRIMARY KEY NOT NULL,
  "checksum" VARCHAR(64) NOT NULL,
  "finished_at" TIMESTAMPTZ,
  "migration_name" VARCHAR(255) NOT NULL,
  "logs" TEXT,
  "rolled_back_at" TIMESTAMPTZ,
  "started_at" TIMESTAMPTZ NOT NULL DEFAULT now(),
  "applied_steps_count" INTEGER NOT NULL DEFAULT 0
)`;

type AppliedRow = { migration_name: string; checksum: string; finished_at: Date | null };

/** Applies every pending migration in folder-name order; safe to call from many processes at once. */
export async function migrate(connectionString: string, dir = MIGRATIONS_DIR): Promise<MigrateResult> {
  const files = await readMigrations(dir);
  const client = await connect(connectionString);
  try {
    // Blocks while another runner (or `prisma migrate deploy`) holds the lock; the loser then
    // sees the winner's rows and has nothing left to apply.
    await client.query("SELECT pg_advisory_lock($1)", [ADVISORY_LOCK_KEY]);
    await client.query(CREATE_BOOKKEEPING);
    const { rows } = await client.query<AppliedRow>(
      `SELECT migration_name, checksum, finished_at FROM "_prisma_migrations" WHERE rolled_back_at IS NULL`,
    );
    const applied = new Map(rows.map((row) => [row.migration_name, row]));
    verifyApplied(files, applied);
    const pending = files.filter((file) => !applied.has(file.name));
    for (const file of pending) await applyOne(client, file);
    return { applied: pending.map((file) => file.name), alreadyApplied: files.length - pending.length };
  } finally {
    // Closing the session releases the advisory lock even if the connection is broken.
    await client.end().catch(() => {});
  }
}

async function connect(connectionString: string): Promise<pg.Client> {
  const client = new pg.Client({ connectionString });
  // A dropped connection is reported through the pending query; without a listener the
  // 'error' event would crash the process instead.
  client.on("error", () => {});
  try {
    await client.connect();
  } catch (error) {
    throw new MigrationError(`Could not connect to ${describeTarget(connectionString)}: ${reasonOf(error)}`);
  }
  return client;
}

function verifyApplied(files: MigrationFile[], applied: Map<string, AppliedRow>): void {
  const byName = new Map(files.map((file) => [file.name, file]));
  for (const row of applied.values()) {
    if (!row.finished_at) {
      throw new MigrationError(
        `Migration ${row.migration_name} started but never finished. Inspect the database, then mark it rolled back ` +
          `(prisma migrate resolve --rolled-back ${row.migration_name}, or set rolled_back_at on its _prisma_migrations row).`,
      );
    }
    const file = byName.get(row.migration_name);
    if (file && !matchesChecksum(file.sql, row.checksum)) {
      throw new MigrationError(
        `Migration ${row.migration_name} was changed after it was applied. Restore the file and add a new migration instead.`,
      );
    }
  }
}

// Each migration and its bookkeeping row commit together, so a failure leaves neither behind.
async function applyOne(client: pg.Client, file: MigrationFile): Promise<void> {
  await client.query("BEGIN");
  try {
    const id = randomUUID();
    await client.query(`INSERT INTO "_prisma_migrations" (id, checksum, migration_name, started_at) VALUES ($1, $2, $3, now())`, [
      id,
      file.checksum,
      file.name,
    ]);
    await client.query(file.sql);
    await client.query(`UPDATE "_prisma_migrations" SET finished_at = clock_timestamp(), applied_steps_count = 1 WHERE id = $1`, [id]);
    await client.query("COMMIT");
  } catch (error) {
    await client.query("ROLLBACK").catch(() => {});
    throw new MigrationError(`Migration ${file.name} failed${lineOf(file.sql, error)} and was rolled back: ${reasonOf(error)}`);
  }
}

function reasonOf(error: unknown): string {
  return error instanceof Error ? error.message || error.name : String(error);
}

// Postgres reports a 1-based character offset into the script; a line number is easier to find.
function lineOf(sql: string, error: unknown): string {
  const position = Number((error as { position?: string } | null)?.position);
  if (!Number.isInteger(position) || position < 1) return "";
  return ` at line ${sql.slice(0, position - 1).split("\n").length}`;
}

/** host:port/database without the password, for messages. */
export function describeTarget(connectionString: string): string {
  try {
    const url = new URL(connectionString);
    return `the database ${url.pathname.slice(1) || "(default)"} on ${url.hostname}:${url.port || "5432"}`;
  } catch {
    return "the database (DATABASE_URL is not a valid URL)";
  }
}
