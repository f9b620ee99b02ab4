import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "./generated/client";

export type Db = PrismaClient;

/** Builds a client for a connection string; the app uses the shared `db` below. */
export function createDb(connectionString: string): PrismaClient {
  return new PrismaClient({ adapter: new PrismaPg({ connectionString }) });
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
    globalForDb.glowbookDb ??= createDb(connectionStringFromEnv());
    const value = Reflect.get(globalForDb.glowbookDb, property);
    return typeof value === "function" ? value.bind(globalForDb.glowbookDb) : value;
  },
});
