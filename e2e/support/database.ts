import { readFileSync } from "node:fs";
import pg from "pg";

/**
 * The e2e server's own database (npm start records its URL in the data folder while it runs),
 * for arranging what no user could create through the UI, such as a visit that has already begun.
 * Plain `pg`: Playwright's loader cannot import the generated Prisma client (ES module only).
 */
export async function withE2eDatabase<T>(run: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: readFileSync(".data/e2e/database-url", "utf8").trim() });
  await client.connect();
  try {
    return await run(client);
  } finally {
    await client.end();
  }
}
