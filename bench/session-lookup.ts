import "../scripts/lib/server-only-outside-next";
import { mkdtemp, rm, chmod } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { createSession, findSessionState } from "../lib/auth/session-store";
import { createDb } from "../lib/db/client";
import { startEmbeddedPostgres } from "../lib/db/embedded";
import { migrate } from "../lib/db/migrate";
import { percentile } from "./lib/stats";

/**
 * `npm run bench:session-lookup`: what every request pays for server-side sessions
 * (docs/decisions/0020) — the one statement that reads a session, its user and the second-step
 * facts, against 5,000 users with 20,000 sessions, a third of them staff with a second factor.
 * Figures are printed, not asserted.
 */
const USERS = 5_000;
const SESSIONS_PER_USER = 4;
const LOOKUPS = 2_000;

async function main() {
  const dir = await mkdtemp(path.join(os.tmpdir(), "glowbook-sessions-"));
  await chmod(dir, 0o755);
  const database = await startEmbeddedPostgres({ dataDir: path.join(dir, "pg") });
  const db = createDb(database.url);
  try {
    await migrate(database.url);
    const location = await db.location.create({
      data: { name: "Bench Spa", address: "1 Bench St", timeZone: "America/New_York", phone: "+1 555 010 0100", email: "spa@example.com" },
    });
    await db.securityPolicy.create({ data: { locationId: location.id, requireStaffTwoFactor: true } });
    await db.user.createMany({
      data: Array.from({ length: USERS }, (_, i) => ({
        email: `user-${i}@example.com`,
        name: `User ${i}`,
        role: i % 3 === 0 ? ("ESTHETICIAN" as const) : ("CLIENT" as const),
        passwordHash: "x",
      })),
    });
    const users = await db.user.findMany({ select: { id: true, role: true } });
    await db.totpCredential.createMany({
      data: users.filter((u) => u.role !== "CLIENT").map((u) => ({ userId: u.id, secretCiphertext: "x", confirmedAt: new Date() })),
    });
    const sessionIds: string[] = [];
    for (const user of users) {
      for (let i = 0; i < SESSIONS_PER_USER; i++)
        sessionIds.push(await createSession({ userId: user.id, userAgent: "bench", ip: "10.0.0.1" }, { db }));
    }
    await db.$executeRawUnsafe("ANALYZE");

    const timings: number[] = [];
    for (let i = 0; i < LOOKUPS; i++) {
      const id = sessionIds[(i * 7919) % sessionIds.length]!;
      const started = performance.now();
      const state = await findSessionState(id, { db });
      timings.push(performance.now() - started);
      if (!state) throw new Error("a live session read as ended");
    }
    const format = (ms: number) => `${ms.toFixed(2)} ms`;
    console.log(
      `session lookup: ${LOOKUPS} lookups, ${USERS} users, ${USERS * SESSIONS_PER_USER} sessions (embedded PostgreSQL, this machine)`,
    );
    console.log(`  median ${format(percentile(timings, 50))}`);
    console.log(`  p95    ${format(percentile(timings, 95))}`);
    const plan = await db.$queryRawUnsafe<{ "QUERY PLAN": string }[]>(
      `EXPLAIN SELECT 1 FROM user_session s JOIN app_user u ON u.id = s.user_id WHERE s.id = '${sessionIds[0]}'::uuid`,
    );
    console.log(`  plan   ${plan.map((row) => row["QUERY PLAN"].trim()).join(" | ")}`);
  } finally {
    await db.$disconnect();
    await database.stop();
    await rm(dir, { recursive: true, force: true });
  }
}

void main();
