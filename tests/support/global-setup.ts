import { chmod, mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import type { TestProject } from "vitest/node";
import { startEmbeddedPostgres } from "../../lib/db/embedded";
import { migrate } from "../../lib/db/migrate";
import { TEMPLATE_DATABASE, WORKER_DATABASE_PREFIX, withDatabaseName } from "./database-names";

/**
 * Integration tests run against a real PostgreSQL: TEST_DATABASE_URL (a role that may create
 * databases) or, without it, an embedded one in a temporary folder. A migrated template database
 * is built once; each worker clones it (tests/support/worker-database.ts).
 */
export default async function setup(project: TestProject) {
  let adminUrl = process.env.TEST_DATABASE_URL;
  let cleanup = async () => {};
  if (!adminUrl) {
    const dataDir = await mkdtemp(path.join(os.tmpdir(), "glowbook-test-pg-"));
    // As root, Postgres runs as another user, which must be able to enter this folder.
    await chmod(dataDir, 0o755);
    const server = await startEmbeddedPostgres({ dataDir: path.join(dataDir, "data"), database: "postgres" });
    adminUrl = server.url;
    cleanup = async () => {
      await server.stop();
      await rm(dataDir, { recursive: true, force: true });
    };
  }
  await recreateTemplate(adminUrl);
  project.provide("databaseAdminUrl", adminUrl);
  return cleanup;
}

async function recreateTemplate(adminUrl: string): Promise<void> {
  const client = new pg.Client({ connectionString: withDatabaseName(adminUrl, "postgres") });
  await client.connect();
  try {
    const { rows } = await client.query<{ datname: string }>("SELECT datname FROM pg_database WHERE datname = $1 OR datname LIKE $2", [
      TEMPLATE_DATABASE,
      `${WORKER_DATABASE_PREFIX}%`,
    ]);
    for (const { datname } of rows) await client.query(`DROP DATABASE "${datname}" WITH (FORCE)`);
    await client.query(`CREATE DATABASE "${TEMPLATE_DATABASE}"`);
  } finally {
    await client.end();
  }
  await migrate(withDatabaseName(adminUrl, TEMPLATE_DATABASE));
}

declare module "vitest" {
  export interface ProvidedContext {
    databaseAdminUrl: string;
  }
}
