import type { ChildProcess } from "node:child_process";
import { mkdir, mkdtemp, rm, symlink, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { DEFAULT_POOL_SIZE } from "../lib/db/client";
import { findFreePort, startEmbeddedPostgres, type EmbeddedDatabase } from "../lib/db/embedded";
import { runNextBuild, spawnNext, stopProcessGroup, waitForPort } from "../scripts/lib/processes";
import { LOAD_TIMING, loadUrl, printLoadTable } from "./lib/http-load";
import { mobilePerformance } from "./lib/lighthouse";
import { createRawBookingDatabase, describeRawFigure, measureRawExclusionInserts } from "./lib/pgbench";
import { firstLoadJs } from "./lib/web-pages";

/**
 * `npm run bench:floor`: what Next.js and React cost on this machine with no code of ours. It
 * builds a blank App Router app (a layout, one page rendered per request with a heading, a
 * paragraph and 33 links, one client button) with this repository's own Next and React, then
 * measures it as bench:web and bench:api measure Glowbook: first-load JavaScript, Lighthouse's
 * mobile score, and the page under 20 connections. Two route handlers give the floors under issue
 * 13's API targets, at bench:api's 50 connections: a GET answering a constant JSON (no database),
 * and a POST making one insert checked by the appointment table's exclusion constraint (plain `pg`,
 * no transaction), next to pgbench's raw figure for the same insert on the same embedded
 * PostgreSQL. These are the floors under issue 13's targets and issue 17's budgets
 * (docs/decisions/0040-the-stack-floor.md). Asserts nothing.
 */
const root = path.resolve(import.meta.dirname, "..");
const RUNS = Number(process.env.BENCH_RUNS ?? 5);

const FILES: Record<string, string> = {
  "package.json": JSON.stringify({ name: "glowbook-floor", private: true }),
  // node_modules is a link to this repository's: Turbopack resolves only inside its root.
  "next.config.js": `module.exports = { turbopack: { root: "/" }, serverExternalPackages: ["pg"] };`,
  "app/layout.jsx": `export const metadata = { title: "Floor" };
export default function RootLayout({ children }) {
  return <html lang="en"><body><main>{children}</main></body></html>;
}`,
  "app/page.jsx": `import { connection } from "next/server";
import { Counter } from "./counter";
export default async function Page() {
  await connection();
  const times = Array.from({ length: 33 }, (_, i) => \`\${9 + Math.floor(i / 4)}:\${String((i % 4) * 15).padStart(2, "0")}\`);
  return (
    <>
      <h1>Choose a time</h1>
      <p>A page rendered on every request, with no data and no code of Glowbook's, to measure what the framework costs.</p>
      <ul>{times.map((time) => <li key={time}><a href={\`/?time=\${time}\`}>{time}</a></li>)}</ul>
      <Counter />
    </>
  );
}`,
  "app/api/ping/route.js": `export const dynamic = "force-dynamic";
export function GET() {
  return Response.json({ ok: true, at: new Date().toISOString() });
}`,
  // One booking's floor: the checked insert alone, each request a new hour of one esthetician
  // (never a conflict), through the same pool size as Glowbook's default.
  "app/api/book/route.js": `import pg from "pg";
const pool = new pg.Pool({ connectionString: process.env.FLOOR_DATABASE_URL, max: ${DEFAULT_POOL_SIZE} });
export async function POST() {
  const { rows } = await pool.query(
    "INSERT INTO raw_booking (staff_id, blocked_from, blocked_until) SELECT 1000, t, t + interval '1 hour' FROM (SELECT timestamptz '2040-01-01' + nextval('raw_hour') * interval '1 hour' AS t) s RETURNING id",
  );
  return Response.json({ id: rows[0].id }, { status: 201 });
}`,
  "app/counter.jsx": `"use client";
import { useState } from "react";
export function Counter() {
  const [count, setCount] = useState(0);
  return <button type="button" onClick={() => setCount(count + 1)}>Tapped {count} times</button>;
}`,
};

async function main() {
  const dir = await mkdtemp(path.join(os.tmpdir(), "glowbook-floor-"));
  let server: ChildProcess | null = null;
  let database: EmbeddedDatabase | null = null;
  try {
    for (const [file, text] of Object.entries(FILES)) {
      await mkdir(path.dirname(path.join(dir, file)), { recursive: true });
      await writeFile(path.join(dir, file), text + "\n");
    }
    await symlink(path.join(root, "node_modules"), path.join(dir, "node_modules"), "dir");
    database = await startEmbeddedPostgres({ dataDir: path.join(dir, "pg") });
    console.log("raw exclusion inserts (pgbench, 8 clients, 10 s)…");
    const raw = await measureRawExclusionInserts(database.url, { clients: 8, seconds: 10 });
    console.log(`  ${describeRawFigure(raw)}`);
    // A fresh table for the app's inserts, so they do not pay for pgbench's rows in the index.
    const floorDatabaseUrl = await createRawBookingDatabase(database.url);
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      NEXT_TELEMETRY_DISABLED: "1",
      NODE_ENV: "production",
      FLOOR_DATABASE_URL: floorDatabaseUrl,
    };
    console.log(`building a blank Next app in ${dir}…`);
    const code = await runNextBuild(dir, env, () => {});
    if (code !== 0) throw new Error(`next build of the blank app failed (exit ${code})`);
    const port = await findFreePort();
    server = spawnNext(dir, ["start", "--port", String(port), "--hostname", "127.0.0.1"], env, "inherit");
    if (!(await waitForPort("127.0.0.1", port, server))) throw new Error("the blank app did not start");
    const base = `http://127.0.0.1:${port}`;

    const js = await firstLoadJs(base, "/");
    const gzipKb = Math.round(js.gzip / 102.4) / 10;
    const lighthouse = await mobilePerformance([{ url: `${base}/` }], RUNS);
    const render = await loadUrl("blank page, server render", {
      url: `${base}/`,
      connections: 20,
      target: "issue 13: p95 ≤ 100 ms for /book and the calendar",
    });
    const api = await loadUrl("blank route handler, GET, constant JSON", {
      url: `${base}/api/ping`,
      connections: 50,
      target: "issue 13: availability p95 ≤ 50 ms (7 days), ≤ 100 ms (31 days)",
    });
    const insert = await loadUrl("blank route handler, POST, one checked insert", {
      url: `${base}/api/book`,
      method: "POST",
      connections: 50,
      target: "issue 13: bookings p95 ≤ 250 ms, ≥ 20 % of raw tps",
    });
    // Successful inserts per second, as bench:api counts bookings (201s only).
    const insertRatio = "tps" in raw ? ((insert.statuses["201"] ?? 0) / insert.requests) * (insert.reqPerSec / raw.tps) : null;

    console.log(`\nfirst-load JS of the blank page: ${js.scripts} scripts, ${gzipKb} kB gzip (issue 17's /book budget: 120 kB)`);
    if (typeof lighthouse === "string") console.log(lighthouse);
    else console.log(`Lighthouse mobile performance, median of ${RUNS}: ${lighthouse[0]!.toFixed(2)} (issue 17's target: ≥ 0.95)`);
    printLoadTable([render, api, insert]);
    if (insertRatio !== null)
      console.log(
        `\ninserts/s through the blank app over raw exclusion-insert tps: ${(insertRatio * 100).toFixed(1)} % (issue 13's target for bookings: ≥ 20 %)`,
      );

    const out = path.join(root, "bench", ".out");
    await mkdir(out, { recursive: true });
    const machine = { cpus: os.cpus().length, model: os.cpus()[0]?.model ?? "unknown", node: process.version };
    const report = {
      date: new Date().toISOString(),
      machine,
      firstLoadJsGzipKb: gzipKb,
      lighthouse,
      runs: RUNS,
      ...LOAD_TIMING,
      render,
      api,
      raw,
      insert,
      insertToRawRatio: insertRatio,
    };
    await writeFile(path.join(out, "floor.json"), JSON.stringify(report, null, 2) + "\n");
    console.log("\nwritten: bench/.out/floor.json");
  } finally {
    if (server) await stopProcessGroup(server);
    if (database) await database.stop();
    await rm(dir, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
