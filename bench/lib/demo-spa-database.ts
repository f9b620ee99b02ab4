import { chmod, mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { createDb } from "../../lib/db/client";
import { startEmbeddedPostgres } from "../../lib/db/embedded";
import { migrate } from "../../lib/db/migrate";
import { seedDemoSpa } from "../../prisma/seed/demo-spa";

export type DemoSpaDatabase = { url: string; db: ReturnType<typeof createDb>; stop: () => Promise<void> };

/**
 * A fresh embedded PostgreSQL in its own temporary folder, migrated and seeded with the demo spa
 * (as `npm start` gives a new user). `stop` ends it and removes the folder.
 */
export async function startDemoSpaDatabase(name: string): Promise<DemoSpaDatabase> {
  const dir = await mkdtemp(path.join(os.tmpdir(), `glowbook-${name}-bench-`));
  await chmod(dir, 0o755);
  const database = await startEmbeddedPostgres({ dataDir: path.join(dir, "pg") });
  const stop = async () => {
    await database.stop();
    await rm(dir, { recursive: true, force: true });
  };
  try {
    await migrate(database.url);
    const db = createDb(database.url);
    await seedDemoSpa(db);
    return { url: database.url, db, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}
