import { createHash, randomUUID } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { appendFile, cp, mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterEach, describe, expect, test } from "vitest";
import { MIGRATIONS_DIR, MigrationError, migrate } from "@/lib/db/migrate";
import { withDatabaseName } from "../support/database-names";
import { waitFor } from "../support/wait-for";

// The runner against real, throwaway databases. Expectations are computed from the folder here,
// not by the runner's own helpers, so a wrong checksum or a skipped folder fails.

const onDisk = readdirSync(MIGRATIONS_DIR, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .sort()
  .map((name) => ({ name, checksum: sha256(readFileSync(path.join(MIGRATIONS_DIR, name, "migration.sql"))) }));
const names = onDisk.map((migration) => migration.name);

function sha256(content: Buffer | string): string {
  return createHash("sha256").update(content).digest("hex");
}

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function query<T extends pg.QueryResultRow>(url: string, sql: string, params: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(sql, params)).rows;
  } finally {
    await client.end();
  }
}

async function freshDatabase(): Promise<string> {
  const adminUrl = withDatabaseName(process.env.DATABASE_ADMIN_URL!, "postgres");
  const name = `glowbook_test_migrate_${randomUUID().replaceAll("-", "").slice(0, 12)}`;
  await query(adminUrl, `CREATE DATABASE "${name}"`);
  cleanups.push(async () => void (await query(adminUrl, `DROP DATABASE "${name}" WITH (FORCE)`)));
  return withDatabaseName(adminUrl, name);
}

async function copyOfMigrations(): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), "glowbook-migrations-"));
  cleanups.push(() => rm(dir, { recursive: true, force: true }));
  await cp(MIGRATIONS_DIR, dir, { recursive: true });
  return dir;
}

/** Sessions in this database waiting for Prisma's migrate lock (72707369, a bigint key: objid holds it). */
async function advisoryLockWaiters(url: string): Promise<number> {
  const [row] = await query<{ waiters: number }>(
    url,
    `SELECT count(*)::int AS waiters FROM pg_locks
      WHERE locktype = 'advisory' AND NOT granted AND classid = 0 AND objid = 72707369
        AND database = (SELECT oid FROM pg_database WHERE datname = current_database())`,
  );
  return row?.waiters ?? 0;
}

type Row = {
  id: string;
  checksum: string;
  finished_at: Date | null;
  migration_name: string;
  logs: string | null;
  rolled_back_at: Date | null;
  started_at: Date;
  applied_steps_count: number;
};
const rowsOf = (url: string) => query<Row>(url, `SELECT * FROM "_prisma_migrations" ORDER BY migration_name`);
const tableExists = async (url: string, table: string) =>
  (await query<{ found: string | null }>(url, "SELECT to_regclass($1)::text AS found", [table]))[0]!.found !== null;

describe("migrate", () => {
  test("applies every folder to a fresh database and records each as `prisma migrate deploy` does", async () => {
    const url = await freshDatabase();
    expect(names.length).toBeGreaterThan(0);

    expect(await migrate(url)).toEqual({ applied: names, alreadyApplied: 0 });

    const rows = await rowsOf(url);
    expect(rows.map((row) => [row.migration_name, row.checksum])).toEqual(onDisk.map((m) => [m.name, m.checksum]));
    for (const row of rows) {
      expect(row.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
      expect(row.finished_at).toBeInstanceOf(Date);
      expect(row.finished_at!.getTime()).toBeGreaterThanOrEqual(row.started_at.getTime());
      expect(row).toMatchObject({ applied_steps_count: 1, logs: null, rolled_back_at: null });
    }
    // Prisma's own bookkeeping table, column for column, so the CLI can take over this database.
    const columns = await query(
      url,
      `SELECT column_name, data_type, character_maximum_length AS length, is_nullable, column_default
         FROM information_schema.columns WHERE table_name = '_prisma_migrations' ORDER BY ordinal_position`,
    );
    expect(columns).toEqual([
      { column_name: "id", data_type: "character varying", length: 36, is_nullable: "NO", column_default: null },
      { column_name: "checksum", data_type: "character varying", length: 64, is_nullable: "NO", column_default: null },
      { column_name: "finished_at", data_type: "timestamp with time zone", length: null, is_nullable: "YES", column_default: null },
      { column_name: "migration_name", data_type: "character varying", length: 255, is_nullable: "NO", column_default: null },
      { column_name: "logs", data_type: "text", length: null, is_nullable: "YES", column_default: null },
      { column_name: "rolled_back_at", data_type: "timestamp with time zone", length: null, is_nullable: "YES", column_default: null },
      { column_name: "started_at", data_type: "timestamp with time zone", length: null, is_nullable: "NO", column_default: "now()" },
      { column_name: "applied_steps_count", data_type: "integer", length: null, is_nullable: "NO", column_default: "0" },
    ]);
  });

  test("a second run applies nothing and leaves the records alone", async () => {
    const url = await freshDatabase();
    await migrate(url);
    const before = await rowsOf(url);

    expect(await migrate(url)).toEqual({ applied: [], alreadyApplied: names.length });
    expect(await rowsOf(url)).toEqual(before);
  });

  test("two runs started at the same moment both succeed and apply each migration once", async () => {
    const url = await freshDatabase();

    const results = await Promise.all([migrate(url), migrate(url)]);

    expect(results.flatMap((result) => result.applied).sort()).toEqual(names);
    expect((await rowsOf(url)).map((row) => row.migration_name)).toEqual(names);
  });

  test("waits while Prisma's migrate lock is held elsewhere", async () => {
    const url = await freshDatabase();
    const holder = new pg.Client({ connectionString: url });
    await holder.connect();
    await holder.query("SELECT pg_advisory_lock(72707369)");
    let settled = false;
    const running = migrate(url).finally(() => (settled = true));
    await waitFor(() => advisoryLockWaiters(url), {
      until: (waiters) => waiters > 0,
      description: "the runner to queue for the migrate lock",
    });
    const waitedOutside = !settled && !(await tableExists(url, "_prisma_migrations"));
    await holder.end(); // releases the lock

    expect(waitedOutside).toBe(true);
    expect((await running).applied).toEqual(names);
  });

  test("refuses an applied migration whose file changed, before applying anything new", async () => {
    const url = await freshDatabase();
    const dir = await copyOfMigrations();
    await migrate(url, dir);
    const [first] = names as [string];
    await appendFile(path.join(dir, first, "migration.sql"), "\n-- edited after it was deployed\n");
    await mkdir(path.join(dir, "99990101000000_later"));
    await writeFile(path.join(dir, "99990101000000_later", "migration.sql"), `CREATE TABLE "later_probe" (id int);`);

    const error = await migrate(url, dir).catch((caught: unknown) => caught);

    expect(error).toBeInstanceOf(MigrationError);
    expect((error as Error).message).toContain(`Migration ${first} was changed after it was applied`);
    expect(await tableExists(url, "later_probe")).toBe(false);
  });

  test("accepts an applied migration checked out with CRLF line endings, as Prisma does", async () => {
    const url = await freshDatabase();
    const dir = await copyOfMigrations();
    await migrate(url, dir);
    const file = path.join(dir, names[0]!, "migration.sql");
    await writeFile(file, (await readFile(file, "utf8")).replaceAll("\n", "\r\n"));

    expect(await migrate(url, dir)).toEqual({ applied: [], alreadyApplied: names.length });
  });

  test("rolls a failing migration back entirely and names it in the error", async () => {
    const url = await freshDatabase();
    const dir = await copyOfMigrations();
    const broken = "99990101000000_broken";
    await mkdir(path.join(dir, broken));
    const sql = `CREATE TABLE "broken_probe" (id int);\nINSERT INTO "broken_probe" VALUES (1);\nSELECT * FROM "no_such_table";\n`;
    await writeFile(path.join(dir, broken, "migration.sql"), sql);

    const error = await migrate(url, dir).catch((caught: unknown) => caught);

    expect(error).toBeInstanceOf(MigrationError);
    expect((error as Error).message).toMatch(new RegExp(`^Migration ${broken} failed at line 3 and was rolled back: .*no_such_table`));
    expect(await tableExists(url, "broken_probe")).toBe(false);
    expect((await rowsOf(url)).map((row) => row.migration_name)).toEqual(names);

    await writeFile(path.join(dir, broken, "migration.sql"), sql.replace(`SELECT * FROM "no_such_table";`, ""));
    expect(await migrate(url, dir)).toEqual({ applied: [broken], alreadyApplied: names.length });
  });

  test("refuses to go on past a migration Prisma recorded as started but not finished", async () => {
    const url = await freshDatabase();
    await migrate(url);
    await query(url, `UPDATE "_prisma_migrations" SET finished_at = NULL WHERE migration_name = $1`, [names[0]]);

    await expect(migrate(url)).rejects.toThrow(`Migration ${names[0]} started but never finished`);
  });
});
