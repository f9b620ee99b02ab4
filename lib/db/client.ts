import { PrismaPg } from "@prisma/adapter-pg";
import { Prisma, PrismaClient } from "./generated/client";
import { preparedStatementsFromEnv, statementNamer } from "./prepared-statements";

export type Db = PrismaClient;

/**
 * What every query and command helper takes: the shared client or the transaction the caller
 * opened. The shared client satisfies it too, so one helper serves a plain read and a read inside
 * the transaction that is about to write (where a check must see the same snapshot).
 */
export type DbClient = Prisma.TransactionClient;

/** A JSON value as Prisma writes it into a `jsonb` column. */
export type JsonInput = Prisma.InputJsonValue;

/**
 * Parameterised SQL built from parts, for the few queries Prisma's query builder cannot say
 * (trigram search, keyset pages over an expression): values are always bound, never spliced.
 */
export const sql = Prisma.sql;
export const joinSql = Prisma.join;
export const emptySql = Prisma.empty;
/** A fixed SQL fragment written in code (a column expression), never a value: values go through `sql`. */
export const rawSql = Prisma.raw;
export type Sql = Prisma.Sql;

/** Connections per app instance unless DATABASE_POOL_SIZE says otherwise (README, "How it scales"). */
export const DEFAULT_POOL_SIZE = 10;

/**
 * The pool size from DATABASE_POOL_SIZE: a whole number from 1 to 200, else the default. Size it
 * so that instances × pool size (plus one LISTEN connection and the worker's few per instance)
 * stays below PostgreSQL's max_connections, or PgBouncer's default_pool_size when behind it.
 */
export function poolSizeFromEnv(value = process.env.DATABASE_POOL_SIZE): number {
  const size = Number(value);
  return Number.isInteger(size) && size >= 1 && size <= 200 ? size : DEFAULT_POOL_SIZE;
}

/**
 * Builds a client for a connection string; the app uses the shared `db` below. A connection that
 * cannot be made in 5 s fails (pg would otherwise wait forever on a database that hangs), so a
 * request during an outage is answered 503 at once; the pool reconnects by itself afterwards. The
 * same bound applies to waiting for a free pooled connection. Statements are prepared, once per
 * connection, unless `preparedStatements` is false (by default DATABASE_PREPARED_STATEMENTS, or
 * off when DATABASE_DIRECT_URL says DATABASE_URL is PgBouncer: docs/decisions/0025 and 0044).
 */
export function createDb(connectionString: string, options: { poolSize?: number; preparedStatements?: boolean } = {}): PrismaClient {
  const max = options.poolSize ?? DEFAULT_POOL_SIZE;
  const prepared = options.preparedStatements ?? preparedStatementsFromEnv();
  const adapter = new PrismaPg(
    { connectionString, connectionTimeoutMillis: 5_000, max },
    prepared ? { statementNameGenerator: statementNamer() } : {},
  );
  return new PrismaClient({ adapter });
}

/** A client on a pool the caller built and owns (a benchmark that counts each statement sent). */
export function createDbOnPool(pool: ConstructorParameters<typeof PrismaPg>[0]): PrismaClient {
  return new PrismaClient({ adapter: new PrismaPg(pool) });
}

/** Whether the database answers now (a trivial query, bounded by the connection timeout). */
export async function pingDatabase(client: PrismaClient): Promise<void> {
  await client.$queryRaw`SELECT 1`;
}

// One client per process. Next's dev server re-evaluates modules on every edit, so the instance
// is parked on globalThis to avoid opening a new pool each time.
const globalForDb = globalThis as unknown as { glowbookDb?: PrismaClient };

function connectionStringFromEnv(): string {
  const url = process.env.DATABASE_URL;
  if (!url) {
    throw new Error("DATABASE_URL is not set. Start the app with `npm start`, which provides one.");
  }
  return url;
}

/** The shared client, created on first use so that importing this module never connects. */
export const db: PrismaClient = new Proxy({} as PrismaClient, {
  get(_target, property) {
    globalForDb.glowbookDb ??= createDb(connectionStringFromEnv(), { poolSize: poolSizeFromEnv() });
    const value = Reflect.get(globalForDb.glowbookDb, property);
    return typeof value === "function" ? value.bind(globalForDb.glowbookDb) : value;
  },
});
