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
const ADVISORY_LOCK_KEY = 72707369;

export const MIGRATIONS_DIR = path.join(process.cwd(), "prisma", "migrations");

export type MigrationFile = { name: string; sql: string; checksum: string };
export type MigrateResult = { applied: string[]; alreadyApplied: number };

export class MigrationError extends Error {
  override name = "MigrationError";
}

export async function readMigrations(dir = MIGRATIONS_DIR): Promise<MigrationFile[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const names = entries
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
  return Promise.all(
    names.map(async (name) => {
      const sql = await readFile(path.join(dir, name, "migration.sql"), "utf8");
      return { name, sql, checksum: createHash("sha256").update(sql).digest("hex") };
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
  const client = new pg.Client({ connectionString });
  await client.connect();
  try {
    await client.query("SELECT pg_advisory_lock($1)", [ADVISORY_LOCK_KEY]);
    try {
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
      await client.query("SELECT pg_advisory_unlock($1)", [ADVISORY_LOCK_KEY]);
    }
  } finally {
    await client.end();
  }
}

function verifyApplied(files: MigrationFile[], applied: Map<string, AppliedRow>): void {
  const byName = new Map(files.map((file) => [file.name, file]));
  for (const row of applied.values()) {
    if (!row.finished_at) {
      throw new MigrationError(
        `Migration ${row.migration_name} started but never finished. Inspect the database, then mark it rolled back.`,
      );
    }
    const file = byName.get(row.migration_name);
    if (file && file.checksum !== row.checksum) {
      throw new MigrationError(
        `Migration ${row.migration_name} was changed after it was applied. Restore the file and add a new migration instead.`,
      );
    }
  }
}

async function applyOne(client: pg.Client, file: MigrationFile): Promise<void> {
  await client.query("BEGIN");
  try {
    const id = randomUUID();
    await client.query(
      `INSERT INTO "_prisma_migrations" (id, checksum, migration_name, started_at) VALUES ($1, $2, $3, now())`,
      [id, file.checksum, file.name],
    );
    await client.query(file.sql);
    await client.query(
      `UPDATE "_prisma_migrations" SET finished_at = now(), applied_steps_count = 1 WHERE id = $1`,
      [id],
    );
    await client.query("COMMIT");
  } catch (error) {
    await client.query("ROLLBACK");
    const reason = error instanceof Error ? error.message : String(error);
    throw new MigrationError(`Migration ${file.name} failed and was rolled back: ${reason}`);
  }
}
