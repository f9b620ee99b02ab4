import pg from "pg";
import { createDbOnPool } from "../../lib/db/client";

export type RoundTrips = { total: number; inTransaction: number };

/**
 * A Prisma client whose every statement to PostgreSQL is counted (one statement, one round trip:
 * pg sends each query and waits for its answer), split into those between BEGIN and COMMIT.
 */
export function countingClient(connectionString: string) {
  const pool = new pg.Pool({ connectionString, max: 4 });
  const counts: RoundTrips = { total: 0, inTransaction: 0 };
  let open = false;
  pool.on("connect", (client) => {
    const query = client.query.bind(client) as (...args: unknown[]) => unknown;
    (client as unknown as { query: (...args: unknown[]) => unknown }).query = (...args: unknown[]) => {
      const first = args[0];
      const text = typeof first === "string" ? first : ((first as { text?: string } | undefined)?.text ?? "");
      counts.total++;
      if (/^\s*BEGIN/i.test(text)) open = true;
      if (open) counts.inTransaction++;
      if (/^\s*(COMMIT|ROLLBACK)/i.test(text)) open = false;
      return query(...args);
    };
  });
  const client = createDbOnPool(pool);
  return {
    client,
    /** The round trips `run` makes. */
    async measure(run: () => Promise<unknown>): Promise<RoundTrips> {
      counts.total = 0;
      counts.inTransaction = 0;
      await run();
      return { ...counts };
    },
  };
}
