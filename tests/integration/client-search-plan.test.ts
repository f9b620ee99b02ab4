import { afterAll, describe, expect, test } from "vitest";
import { searchClients } from "@/lib/clients/search";
import { createDb, type Db } from "@/lib/db/client";
import { createUser } from "../factories/users";
import { createActor } from "../support/admin";

// One connection for this file's app instance, so the search's prepared statement and its plan
// counts (pg_prepared_statements is per connection) are the ones every search below used.
const shared = globalThis as unknown as { glowbookDb?: Db };
shared.glowbookDb = createDb(process.env.DATABASE_URL!, { poolSize: 1, preparedStatements: true });
afterAll(async () => {
  await shared.glowbookDb?.$disconnect();
  delete shared.glowbookDb;
});

type PlanCounts = { generic: number; custom: number };

/** How the search statement has been planned on the connection: generic (cached) or custom plans. */
async function searchPlans(): Promise<PlanCounts> {
  const rows = await shared.glowbookDb!.$queryRaw<{ generic: bigint; custom: bigint }[]>`
    SELECT generic_plans AS generic, custom_plans AS custom FROM pg_prepared_statements
    WHERE statement LIKE '%) ranked%' AND statement NOT LIKE '%pg_prepared_statements%'`;
  expect(rows).toHaveLength(1);
  return { generic: Number(rows[0]!.generic), custom: Number(rows[0]!.custom) };
}

describe("client search keeps its own plan with prepared statements (docs/decisions/0038, 0044)", () => {
  test("a search of three or more characters is planned each time with sequential scans off, whatever plan short searches cached", async () => {
    const desk = await createActor("FRONT_DESK");
    for (const name of ["Jordanna Quill", "Jordyn Quilter", "Quentin Jordan"]) await createUser({ role: "CLIENT", name });
    // Short searches run the same statement with the planner's own settings: after five, PostgreSQL
    // may cache a generic plan for it, and a plan does not change when settings do.
    for (let run = 0; run < 8; run++) await searchClients(desk, { q: "jo", limit: 10 });
    const before = await searchPlans();
    for (let run = 0; run < 6; run++) {
      expect((await searchClients(desk, { q: "Jordanna", limit: 10 })).items.length).toBeGreaterThan(0);
    }
    const after = await searchPlans();
    expect(after.generic).toBe(before.generic);
    expect(after.custom).toBe(before.custom + 6);
  });
});
