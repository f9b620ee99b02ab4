import type { Db } from "@/lib/db/client";

/**
 * Runs `run` with the app's shared `db` (lib/db/client.ts) pointing at another database, such as a
 * fresh one from withFreshDatabase, then points it back: for journeys across two installations
 * (export from one, import into an empty one).
 */
export async function withDefaultDb<T>(other: Db, run: () => Promise<T>): Promise<T> {
  const holder = globalThis as unknown as { glowbookDb?: Db };
  const previous = holder.glowbookDb;
  holder.glowbookDb = other;
  try {
    return await run();
  } finally {
    holder.glowbookDb = previous;
  }
}
