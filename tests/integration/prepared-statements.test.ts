import { randomUUID } from "node:crypto";
import { afterAll, describe, expect, test } from "vitest";
import { createDb, type Db, type DbClient } from "@/lib/db/client";

// One connection each, so every statement below runs on the connection whose prepared
// statements the test then reads (pg_prepared_statements is per connection).
const prepared = createDb(process.env.DATABASE_URL!, { poolSize: 1, preparedStatements: true });
const unprepared = createDb(process.env.DATABASE_URL!, { poolSize: 1, preparedStatements: false });
afterAll(() => Promise.all([prepared.$disconnect(), unprepared.$disconnect()]));

const findUser = (client: DbClient, email: string) => client.user.findUnique({ where: { email }, select: { id: true } });
const addUser = (client: DbClient, email: string) =>
  client.user.create({ data: { email, name: "Prepared Statement", role: "CLIENT" }, select: { id: true } });

/** The statements prepared on the client's one connection that read or write app_user. */
async function preparedOnAppUser(client: Db): Promise<string[]> {
  const rows = await client.$queryRaw<{ name: string; statement: string }[]>`SELECT name, statement FROM pg_prepared_statements`;
  return rows.filter((row) => row.statement.includes('"app_user"')).map((row) => row.name);
}

describe("prepared statements (docs/decisions/0044)", () => {
  test("a statement is prepared once on a connection under its name, then reused with new values", async () => {
    const email = `prepared-${randomUUID()}@example.test`;
    const { id } = await addUser(prepared, email);
    expect(await findUser(prepared, email)).toEqual({ id });
    expect(await findUser(prepared, `missing-${randomUUID()}@example.test`)).toBeNull();
    const names = await preparedOnAppUser(prepared);
    // The insert and the read: each once, however many times it ran.
    expect(names).toHaveLength(2);
    expect(names.every((name) => name.startsWith("gb_"))).toBe(true);
  });

  test("with prepared statements off (PgBouncer), nothing outlives the statement", async () => {
    const email = `unprepared-${randomUUID()}@example.test`;
    const { id } = await addUser(unprepared, email);
    expect(await findUser(unprepared, email)).toEqual({ id });
    expect(await preparedOnAppUser(unprepared)).toEqual([]);
  });

  test("a statement first sent inside a failed transaction is prepared again afterwards, and the connection goes on", async () => {
    const taken = `taken-${randomUUID()}@example.test`;
    await addUser(prepared, taken);
    const later = `later-${randomUUID()}@example.test`;
    await expect(
      prepared.$transaction(async (tx) => {
        await addUser(tx, taken).catch(() => undefined); // the unique email: the transaction is now aborted
        // A statement this connection has never prepared: its Parse fails with the transaction.
        await tx.user.count({ where: { email: later, role: "CLIENT" } });
      }),
    ).rejects.toThrow(/aborted|25P02/);
    expect(await prepared.user.count({ where: { email: later, role: "CLIENT" } })).toBe(0);
    const { id } = await addUser(prepared, later);
    expect(await prepared.user.count({ where: { email: later, role: "CLIENT" } })).toBe(1);
    expect(await findUser(prepared, later)).toEqual({ id });
  });
});
