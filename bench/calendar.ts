import "../scripts/lib/server-only-outside-next";
import { mkdtemp, rm, chmod } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { createDb } from "../lib/db/client";
import { startEmbeddedPostgres } from "../lib/db/embedded";
import { migrate } from "../lib/db/migrate";
import { createCalendarSpa } from "./lib/calendar-spa";
import { percentile } from "./lib/stats";

/**
 * `npm run bench:calendar`: on a real (embedded) PostgreSQL, through the same query functions the
 * pages and the API call: the calendar's day for 10 estheticians and 120 visits (badges included,
 * which read and evaluate 120 intakes), and the client directory's search over 50,000 clients.
 * Prints median and p95; asserts nothing (targets: day < 50 ms, search < 20 ms at p95).
 */
const DATE = "2030-03-05";
const CLIENTS = 50_000;
const APPOINTMENTS = 120;
const QUERIES = [
  "jordan kim",
  "jordn kim",
  "martinez",
  "martines",
  "sofia alv",
  "ava k. ben",
  "555 0142",
  "client4711@",
  "priya",
  "wen ng",
];

async function main() {
  const dir = await mkdtemp(path.join(os.tmpdir(), "glowbook-calendar-bench-"));
  await chmod(dir, 0o755);
  const database = await startEmbeddedPostgres({ dataDir: path.join(dir, "pg") });
  try {
    await migrate(database.url);
    process.env.DATABASE_URL = database.url;
    const setupDb = createDb(database.url);
    const began = performance.now();
    const spa = await createCalendarSpa(setupDb, { clients: CLIENTS, appointments: APPOINTMENTS, date: DATE });
    await setupDb.$disconnect();
    console.log(
      `set-up: ${CLIENTS.toLocaleString("en-US")} clients, ${APPOINTMENTS} visits in ${((performance.now() - began) / 1000).toFixed(1)} s`,
    );

    // Imported now, so the shared client connects to the bench database.
    const { getSpaCalendar } = await import("../lib/booking/calendar-queries");
    const { searchClients } = await import("../lib/clients/search");
    const desk = { userId: "00000000-0000-4000-8000-000000000001", role: "FRONT_DESK" as const, email: "desk@calendar.test", name: "Desk" };

    const day = await measure(30, 100, () => getSpaCalendar(desk, { view: "staff", date: DATE, locationId: spa.locationId }));
    const blocks = (await getSpaCalendar(desk, { view: "staff", date: DATE, locationId: spa.locationId })).columns.flatMap(
      (c) => c.blocks,
    ).length;
    report(`calendar day (10 estheticians, ${blocks} visits with badges)`, day, 50);
    const rooms = await measure(10, 50, () => getSpaCalendar(desk, { view: "rooms", date: DATE, locationId: spa.locationId }));
    report("calendar day by room", rooms, 50);

    let i = 0;
    const search = await measure(20, 300, () => searchClients(desk, { q: QUERIES[i++ % QUERIES.length], limit: 25 }));
    report(`client search over ${CLIENTS.toLocaleString("en-US")} clients (${QUERIES.length} queries, typos and partial)`, search, 20);
    const list = await measure(10, 100, () => searchClients(desk, { limit: 25 }));
    report("client directory, first page by last visit", list, 20);
  } finally {
    await database.stop();
    await rm(dir, { recursive: true, force: true });
  }
}

async function measure(warmUp: number, runs: number, run: () => Promise<unknown>): Promise<number[]> {
  for (let i = 0; i < warmUp; i++) await run();
  const timings: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    await run();
    timings.push(performance.now() - started);
  }
  return timings;
}

function report(label: string, timings: number[], targetMs: number) {
  const p95 = percentile(timings, 95);
  console.log(`${label}: ${timings.length} runs`);
  console.log(
    `  median ${percentile(timings, 50).toFixed(1)} ms, p95 ${p95.toFixed(1)} ms (target p95 < ${targetMs} ms${p95 < targetMs ? "" : ", MISSED"})`,
  );
}

void main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
