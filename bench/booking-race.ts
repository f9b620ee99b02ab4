import type { ChildProcess } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { encode } from "next-auth/jwt";
import { createDb } from "../lib/db/client";
import { findFreePort, startEmbeddedPostgres } from "../lib/db/embedded";
import { migrate } from "../lib/db/migrate";
import { addDays, getLocalDate } from "../lib/dates/local-date";
import { ensureCurrentBuild } from "../scripts/lib/ensure-build";
import { spawnNext, stopProcessGroup, waitForPort } from "../scripts/lib/processes";
import { countOverlaps, createRaceSpa } from "./lib/race-spa";

/**
 * `npm run bench:booking-race`: two app instances against one PostgreSQL; 100 concurrent requests
 * for one slot split across both, then 300 requests for distinct slots. Prints what happened;
 * asserts nothing (the integration tests do), but exits non-zero if the database ever holds an
 * overlap, since that would be a correctness failure rather than a slow figure.
 */
const SECRET = "bench-secret-0123456789abcdef0123456789abcdef";
const root = process.cwd();

type Outcome = { status: number; ms: number };

async function main() {
  const dir = await mkdtemp(path.join(os.tmpdir(), "glowbook-race-"));
  await import("node:fs/promises").then((fs) => fs.chmod(dir, 0o755));
  const database = await startEmbeddedPostgres({ dataDir: path.join(dir, "pg") });
  const servers: ChildProcess[] = [];
  try {
    await migrate(database.url);
    const db = createDb(database.url);
    const spa = await createRaceSpa(db, 400);
    await ensureCurrentBuild(root, database.url);
    const ports = [await findFreePort(), await findFreePort()];
    for (const port of ports) servers.push(await startInstance(port, database.url));
    const cookies = await Promise.all(spa.clients.map((client) => sessionCookie(client)));

    const day = addDays(getLocalDate(new Date(), "America/New_York"), 2);
    const shared = await localTenAm(day);
    const sameSlot = await fire(
      cookies.slice(0, 100).map((cookie, i) => ({
        port: ports[i % 2]!,
        cookie,
        body: { serviceId: spa.serviceId, staffId: spa.staffIds[0], startsAt: shared },
      })),
      100,
    );
    report("100 requests for one slot, across 2 instances", sameSlot);

    const distinct = [];
    for (let i = 0; i < 300; i++) {
      const startsAt = await localTenAm(addDays(day, 1 + Math.floor(i / 10)));
      distinct.push({
        port: ports[i % 2]!,
        cookie: cookies[100 + i]!,
        body: { serviceId: spa.serviceId, staffId: spa.staffIds[i % 10], startsAt },
      });
    }
    const started = performance.now();
    const distinctOutcomes = await fire(distinct, 50);
    const seconds = (performance.now() - started) / 1000;
    report("300 requests for distinct slots (50 in flight)", distinctOutcomes);
    const created = distinctOutcomes.filter((o) => o.status === 201).length;
    console.log(`  throughput: ${(created / seconds).toFixed(1)} bookings/s over ${seconds.toFixed(2)} s`);

    const overlaps = await countOverlaps(db);
    console.log(`\nOverlapping occupied rows in the database: ${overlaps}`);
    await db.$disconnect();
    if (overlaps > 0) process.exitCode = 1;
  } finally {
    for (const server of servers) await stopProcessGroup(server);
    await database.stop();
    await rm(dir, { recursive: true, force: true });
  }
}

async function startInstance(port: number, databaseUrl: string): Promise<ChildProcess> {
  const env = {
    ...process.env,
    DATABASE_URL: databaseUrl,
    NEXTAUTH_SECRET: SECRET,
    NEXTAUTH_URL: `http://127.0.0.1:${port}`,
    NEXT_TELEMETRY_DISABLED: "1",
  };
  const child = spawnNext(root, ["start", "--port", String(port), "--hostname", "127.0.0.1"], env, "pipe");
  if (!(await waitForPort("127.0.0.1", port, child))) throw new Error(`The app on port ${port} did not start`);
  return child;
}

/** A signed session cookie, as next-auth would set after sign-in (the Epic Stack's fixture idea). */
async function sessionCookie(client: { id: string; email: string | null; name: string }): Promise<string> {
  const token = await encode({
    secret: SECRET,
    token: { sub: client.id, userId: client.id, role: "CLIENT", email: client.email, name: client.name },
  });
  return `next-auth.session-token=${token}`;
}

/** 10:00 in New York on `date`, as an ISO instant (the offset differs either side of a DST change). */
async function localTenAm(date: string): Promise<string> {
  const { TZDate } = await import("@date-fns/tz");
  const [y, m, d] = date.split("-").map(Number) as [number, number, number];
  return new Date(new TZDate(y, m - 1, d, 10, 0, 0, "America/New_York").getTime()).toISOString();
}

async function fire(requests: { port: number; cookie: string; body: unknown }[], concurrency: number): Promise<Outcome[]> {
  const outcomes: Outcome[] = [];
  let next = 0;
  async function lane() {
    while (next < requests.length) {
      const request = requests[next++]!;
      const began = performance.now();
      const response = await fetch(`http://127.0.0.1:${request.port}/api/v1/appointments`, {
        method: "POST",
        headers: { "Content-Type": "application/json", Cookie: request.cookie },
        body: JSON.stringify(request.body),
      });
      await response.arrayBuffer();
      outcomes.push({ status: response.status, ms: performance.now() - began });
    }
  }
  await Promise.all(Array.from({ length: concurrency }, lane));
  return outcomes;
}

function report(label: string, outcomes: Outcome[]) {
  const count = (predicate: (o: Outcome) => boolean) => outcomes.filter(predicate).length;
  const latencies = outcomes.map((o) => o.ms).sort((a, b) => a - b);
  const p = (q: number) => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))]!.toFixed(0);
  console.log(`\n${label}`);
  console.log(`  successes (201): ${count((o) => o.status === 201)}`);
  console.log(`  conflicts (409): ${count((o) => o.status === 409)}`);
  console.log(`  server errors (5xx): ${count((o) => o.status >= 500)}`);
  console.log(`  other: ${count((o) => o.status !== 201 && o.status !== 409 && o.status < 500)}`);
  console.log(`  latency median ${p(0.5)} ms, p95 ${p(0.95)} ms`);
}

void main();
