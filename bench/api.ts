import "../scripts/lib/server-only-outside-next";
import type { ChildProcess } from "node:child_process";
import { mkdir, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { createDb } from "../lib/db/client";
import { findFreePort } from "../lib/db/embedded";
import { addDays, getLocalDate } from "../lib/dates/local-date";
import { startDemoSpaDatabase } from "./lib/demo-spa-database";
import { ensureCurrentBuild } from "../scripts/lib/ensure-build";
import { stopProcessGroup } from "../scripts/lib/processes";
import { BENCH_SECRET, startAppInstance } from "./lib/app-instance";
import { localTenAm, sessionCookie } from "../tests/support/app-client";
import { addBusyMonth } from "./lib/busy-month";
import { describeRawFigure, measureRawExclusionInserts } from "./lib/pgbench";
import { describeWeight, pageWeight } from "./lib/web-pages";
import { LOAD_TIMING, loadUrl, printLoadTable, responseLog, runAutocannon, summarise, type LoadFigure } from "./lib/http-load";

/**
 * `npm run bench:api`: one app instance (scripts/serve.ts, as `npm start` runs it) on a fresh
 * embedded PostgreSQL with the demo spa and a busy month, loaded with autocannon; the raw
 * exclusion-insert figure of the same PostgreSQL by pgbench next to it. Prints a table and writes
 * bench/.out/api.json. Asserts nothing; the targets are those of issue 13 (README, "Where the performance targets stand").
 */
const ZONE = "America/New_York";
const BOOKINGS = 600;
const root = process.cwd();

async function main() {
  const database = await startDemoSpaDatabase("api");
  const { db } = database;
  let server: ChildProcess | null = null;
  try {
    const busy = await addBusyMonth(db);
    const visits = await db.appointment.count({ where: { status: { notIn: ["CANCELLED", "LATE_CANCELLED"] } } });
    console.log(`demo spa + busy month: ${busy} visits added, ${visits} occupying visits in all`);
    const cookies = await bookingSessions(db, BOOKINGS);
    const desk = await db.user.findFirstOrThrow({ where: { email: "frontdesk@glowbook.test" }, select: { id: true } });
    const express = await db.service.findFirstOrThrow({ where: { slug: "express-facial" }, select: { id: true } });
    const deskCookie = await sessionCookie(
      BENCH_SECRET,
      (await db.userSession.create({ data: sessionData(desk.id), select: { id: true } })).id,
    );
    await db.$disconnect();

    console.log("raw exclusion inserts (pgbench, 8 clients, 10 s)…");
    const raw = await measureRawExclusionInserts(database.url, { clients: 8, seconds: 10 });
    console.log(`  ${describeRawFigure(raw)}`);

    await ensureCurrentBuild(root, database.url);
    const port = await findFreePort();
    server = await startAppInstance(root, port, database.url);
    const base = `http://127.0.0.1:${port}`;
    const today = getLocalDate(new Date(), ZONE);
    const service = "deep-pore-cleansing-facial";
    const week = `${base}/api/v1/availability?service=${service}&from=${addDays(today, 1)}&to=${addDays(today, 7)}`;
    const month = `${base}/api/v1/availability?service=${service}&from=${addDays(today, 1)}&to=${addDays(today, 31)}`;
    // Warm-up: the first requests compile routes and fill caches; they are not part of the figures.
    for (const url of [`${base}/api/health`, week, month, `${base}/book?service=${service}&staff=any`])
      await fetch(url).then((r) => r.arrayBuffer());
    await fetch(`${base}/admin/calendar?date=${addDays(today, 1)}`, { headers: { Cookie: deskCookie } }).then((r) => r.arrayBuffer());

    const figures: LoadFigure[] = [];
    // A reference, in the same run: about the cheapest request that passes through Next's request
    // handling and touches PostgreSQL (one SELECT 1). No target applies; it shows what the stack
    // itself costs on this machine at the same concurrency as the lines below.
    const reference = "— (reference for the lines below)";
    figures.push(await loadUrl("GET /api/health (reference)", { url: `${base}/api/health`, connections: 50, target: reference }));
    figures.push(await loadUrl("GET /api/health (reference)", { url: `${base}/api/health`, connections: 20, target: reference }));
    // The lightest page (the sign-in form under the site's layout): what any server-rendered page
    // costs before its own data, at the concurrency of the two page lines below.
    figures.push(await loadUrl("/signin (reference: the lightest page)", { url: `${base}/signin`, connections: 20, target: reference }));
    figures.push(await loadUrl("availability, 7 days", { url: week, connections: 50, target: "p95 ≤ 50 ms, ≥ 10× before" }));
    figures.push(await loadUrl("availability, 31 days", { url: month, connections: 50, target: "p95 ≤ 100 ms, ≥ 10× before" }));
    figures.push(
      await loadUrl("/book (choose a time), server render", {
        url: `${base}/book?service=${service}&staff=any`,
        connections: 20,
        target: "p95 ≤ 100 ms",
      }),
    );
    figures.push(
      await loadUrl("calendar day view (desk), server render", {
        url: `${base}/admin/calendar?date=${addDays(today, 1)}`,
        connections: 20,
        headers: { Cookie: deskCookie },
        target: "p95 ≤ 100 ms",
      }),
    );
    const calendarWeight = await pageWeight(`${base}/admin/calendar?date=${addDays(today, 1)}`, { Cookie: deskCookie });
    const bookWeight = await pageWeight(`${base}/book?service=${service}&staff=any`);
    const bookingBodies = await bookingRequests(today, BOOKINGS);
    const booking = await loadBookings(`${base}/api/v1/appointments`, cookies, bookingBodies, express.id);
    figures.push(booking);

    printLoadTable(figures);
    console.log(`\nthe calendar day: ${describeWeight(calendarWeight)}; /book's time step: ${describeWeight(bookWeight)}`);
    const ratio = "tps" in raw ? booking.statuses["201"]! / booking.seconds / raw.tps : null;
    if (ratio !== null) console.log(`\nbookings/s over raw exclusion-insert tps: ${(ratio * 100).toFixed(1)} % (target ≥ 20 %)`);
    const out = path.join(root, "bench", ".out");
    await mkdir(out, { recursive: true });
    const report = {
      date: new Date().toISOString(),
      machine: {
        cpus: os.cpus().length,
        model: os.cpus()[0]?.model ?? "unknown",
        memoryGb: Math.round(os.totalmem() / 2 ** 30),
        node: process.version,
      },
      ...LOAD_TIMING,
      visits,
      raw,
      figures,
      pages: { calendar: calendarWeight, book: bookWeight },
      bookingToRawRatio: ratio,
    };
    await writeFile(path.join(out, "api.json"), JSON.stringify(report, null, 2) + "\n");
    console.log(`\nwritten: bench/.out/api.json`);
  } finally {
    if (server) await stopProcessGroup(server);
    await database.stop();
  }
}

function sessionData(userId: string) {
  return { userId, expiresAt: new Date(Date.now() + 12 * 60 * 60_000) };
}

/** `count` bench clients, each with a session cookie (one booking each, as a person would). */
async function bookingSessions(db: ReturnType<typeof createDb>, count: number): Promise<string[]> {
  await db.user.createMany({
    data: Array.from({ length: count }, (_, i) => ({ email: `bench${i}@api.test`, name: `Bench Client ${i}`, role: "CLIENT" as const })),
  });
  const users = await db.user.findMany({ where: { email: { endsWith: "@api.test" } }, orderBy: { email: "asc" }, select: { id: true } });
  await db.userSession.createMany({ data: users.map((user) => sessionData(user.id)) });
  const sessions = await db.userSession.findMany({ where: { userId: { in: users.map((u) => u.id) } }, select: { id: true } });
  return Promise.all(sessions.map((session) => sessionCookie(BENCH_SECRET, session.id)));
}

/** Distinct times beyond the busy month (days 35–80, 10:00–15:00 on the quarter hour), "any esthetician". */
async function bookingRequests(today: string, count: number): Promise<{ startsAt: string }[]> {
  const requests: { startsAt: string }[] = [];
  for (let day = 35; requests.length < count; day++) {
    for (let quarter = 0; quarter < 20 && requests.length < count; quarter++) {
      const ten = new Date(await localTenAm(addDays(today, day)));
      requests.push({ startsAt: new Date(ten.getTime() + quarter * 15 * 60_000).toISOString() });
    }
  }
  return requests;
}

/** The booking API at 50 in flight: each request a different client and time, until all are sent. */
async function loadBookings(
  url: string,
  cookies: string[],
  bodies: { startsAt: string }[],
  serviceId: string,
): Promise<LoadFigure & { seconds: number }> {
  console.log(`booking API: 50 connections, ${bodies.length} bookings of distinct times…`);
  const log = responseLog();
  let next = 0;
  const result = await runAutocannon(
    {
      url,
      connections: 50,
      amount: bodies.length,
      requests: [
        {
          method: "POST",
          setupRequest: (request) => {
            const i = next++ % bodies.length;
            return {
              ...request,
              headers: { "content-type": "application/json", cookie: cookies[i]! },
              body: JSON.stringify({ serviceId, staffId: null, startsAt: bodies[i]!.startsAt }),
            };
          },
        },
      ],
    },
    log.record,
  );
  const figure = summarise(
    "booking API, distinct times",
    50,
    log.latencies,
    log.statuses,
    result.duration,
    "p95 ≤ 250 ms at 50 in flight, zero 5xx",
  );
  return { ...figure, seconds: result.duration };
}

void main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
