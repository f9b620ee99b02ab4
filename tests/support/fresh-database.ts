import { randomUUID } from "node:crypto";
import pg from "pg";
import { createDb, type Db } from "@/lib/db/client";
import { TEMPLATE_DATABASE, withDatabaseName } from "./database-names";

/**
 * A brand-new migrated database (a clone of the template) for tests that need an empty spa,
 * such as the seed. Dropped afterwards.
 */
export async function withFreshDatabase<T>(run: (db: Db, url: string) => Promise<T>): Promise<T> {
  const adminUrl = process.env.DATABASE_ADMIN_URL;
  if (!adminUrl) throw new Error("DATABASE_ADMIN_URL is set by tests/support/worker-database.ts; run this as an integration test.");
  const name = `glowbook_test_fresh_${randomUUID().replaceAll("-", "").slice(0, 12)}`;
  const admin = new pg.Client({ connectionString: withDatabaseName(adminUrl, "postgres") });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}" TEMPLATE "${TEMPLATE_DATABASE}"`);
  const url = withDatabaseName(adminUrl, name);
  const db = createDb(url);
  try {
    return await run(db, url);
  } finally {
    await db.$disconnect();
    await admin.query(`DROP DATABASE "${name}" WITH (FORCE)`);
    await admin.end();
  }
}
