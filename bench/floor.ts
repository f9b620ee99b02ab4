import type { ChildProcess } from "node:child_process";
import { mkdir, mkdtemp, rm, symlink, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { findFreePort } from "../lib/db/embedded";
import { runNextBuild, spawnNext, stopProcessGroup, waitForPort } from "../scripts/lib/processes";
import { loadUrl, printLoadTable } from "./lib/http-load";
import { mobilePerformance } from "./lib/lighthouse";
import { firstLoadJs } from "./lib/web-pages";

/**
 * `npm run bench:floor`: what Next.js and React cost on this machine with no code of ours. It
 * builds a blank App Router app (a layout, one page rendered per request with a heading, a
 * paragraph and 33 links, one client button) with this repository's own Next and React, then
 * measures it as bench:web and bench:api measure Glowbook: first-load JavaScript, Lighthouse's
 * mobile score, and the page under 20 connections. These are the floors under issue 13's page
 * targets and issue 17's budgets (docs/decisions/0040-the-stack-floor.md). Asserts nothing.
 */
const root = path.resolve(import.meta.dirname, "..");
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 15);
const WARM_SECONDS = Number(process.env.BENCH_WARM_SECONDS ?? 5);

const FILES: Record<string, string> = {
  "package.json": JSON.stringify({ name: "glowbook-floor", private: true }),
  // node_modules is a link to this repository's: Turbopack resolves only inside its root.
  "next.config.js": `module.exports = { turbopack: { root: "/" } };`,
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
  try {
    for (const [file, text] of Object.entries(FILES)) {
      await mkdir(path.dirname(path.join(dir, file)), { recursive: true });
      await writeFile(path.join(dir, file), text + "\n");
    }
    await symlink(path.join(root, "node_modules"), path.join(dir, "node_modules"), "dir");
    const env: NodeJS.ProcessEnv = { ...process.env, NEXT_TELEMETRY_DISABLED: "1", NODE_ENV: "production" };
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
      seconds: SECONDS,
      warmSeconds: WARM_SECONDS,
      target: "issue 13: p95 ≤ 100 ms for /book and the calendar",
    });

    console.log(`\nfirst-load JS of the blank page: ${js.scripts} scripts, ${gzipKb} kB gzip (issue 17's /book budget: 120 kB)`);
    if (typeof lighthouse === "string") console.log(lighthouse);
    else console.log(`Lighthouse mobile performance, median of ${RUNS}: ${lighthouse[0]!.toFixed(2)} (issue 17's target: ≥ 0.95)`);
    printLoadTable([render]);

    const out = path.join(root, "bench", ".out");
    await mkdir(out, { recursive: true });
    const machine = { cpus: os.cpus().length, model: os.cpus()[0]?.model ?? "unknown", node: process.version };
    const report = {
      date: new Date().toISOString(),
      machine,
      firstLoadJsGzipKb: gzipKb,
      lighthouse,
      runs: RUNS,
      seconds: SECONDS,
      warmSeconds: WARM_SECONDS,
      render,
    };
    await writeFile(path.join(out, "floor.json"), JSON.stringify(report, null, 2) + "\n");
    console.log("\nwritten: bench/.out/floor.json");
  } finally {
    if (server) await stopProcessGroup(server);
    await rm(dir, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
