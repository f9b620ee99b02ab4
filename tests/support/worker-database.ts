import pg from "pg";
import { inject } from "vitest";
import { TEMPLATE_DATABASE, WORKER_DATABASE_PREFIX, withDatabaseName } from "./database-names";

// Each worker gets its own clone of the migrated template, so test files running in parallel
// never see each other's rows. Tests create what they need with tests/factories.
const adminUrl = inject("databaseAdminUrl");
const workerDatabase = `${WORKER_DATABASE_PREFIX}${process.env.VITEST_POOL_ID ?? "0"}`;

const client = new pg.Client({ connectionString: withDatabaseName(adminUrl, "postgres") });
await client.connect();
try {
  const { rowCount } = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [workerDatabase]);
  if (!rowCount) await client.query(`CREATE DATABASE "${workerDatabase}" TEMPLATE "${TEMPLATE_DATABASE}"`);
} finally {
  await client.end();
}

process.env.DATABASE_URL = withDatabaseName(adminUrl, workerDatabase);
process.env.DATABASE_ADMIN_URL = adminUrl;
// Signs tokens and encrypts second-factor secrets (lib/auth/second-factor/secret-box.ts).
process.env.NEXTAUTH_SECRET ??= "integration-tests-only-secret-0123456789abcdef";
