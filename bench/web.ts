import "../scripts/lib/server-only-outside-next";
import type { ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdir, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";
import { findFreePort } from "../lib/db/embedded";
import { startDemoSpaDatabase } from "./lib/demo-spa-database";
import { ensureCurrentBuild } from "../scripts/lib/ensure-build";
import { stopProcessGroup } from "../scripts/lib/processes";
import { sessionCookie } from "../tests/support/app-client";
import { BENCH_SECRET, startAppInstance } from "./lib/app-instance";
import { percentile } from "./lib/stats";
import { findScriptSources } from "./lib/web-pages";

// `npm run bench:web`: what a phone downloads and how fast the client pages feel there.
// 1. First-load JavaScript per page (gzip, as the browser receives it) from the production build:
//    every script the server-rendered HTML loads, fetched and gzipped. Budget for /book: 120 kB.
// 2. Where Chromium is present, Lighthouse's mobile performance score (its default: a mid-range
//    phone, simulated 4× CPU slowdown and slow 4G) for /, /book and /account, median of RUNS.

const root = path.resolve(import.meta.dirname, "..");
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const CHROMIUM = process.env.CHROME_PATH ?? "/usr/bin/chromium";
const BUDGET_KB = 120;

type Page = { label: string; path: string; signedIn?: boolean; lighthouse?: boolean };

const SERVICE = "deep-pore-cleansing-facial";
const PAGES: Page[] = [
  { label: "/ (treatments)", path: "/", lighthouse: true },
  { label: "/book (treatment step)", path: "/book", lighthouse: true },
  { label: "/book (esthetician step)", path: `/book?service=${SERVICE}` },
  { label: "/book (time step)", path: `/book?service=${SERVICE}&staff=any` },
  { label: "/signin", path: "/signin" },
  { label: "/signup", path: "/signup" },
  { label: "/account (signed in)", path: "/account", signedIn: true, lighthouse: true },
  { label: "/account/intake (signed in)", path: "/account/intake", signedIn: true },
];

type PageFigure = { label: string; path: string; scripts: number; jsGzipKb: number; jsBrotliKb: number; lighthouse: number | null };

async function main() {
  const database = await startDemoSpaDatabase("web");
  const { db } = database;
  let server: ChildProcess | null = null;
  try {
    const client = await db.user.findFirstOrThrow({ where: { email: "client@glowbook.test" }, select: { id: true } });
    const session = await db.userSession.create({
      data: { userId: client.id, expiresAt: new Date(Date.now() + 12 * 60 * 60_000) },
      select: { id: true },
    });
    const cookie = await sessionCookie(BENCH_SECRET, session.id);
    await db.$disconnect();

    await ensureCurrentBuild(root, database.url);
    const port = await findFreePort();
    server = await startAppInstance(root, port, database.url);
    const base = `http://127.0.0.1:${port}`;

    const figures: PageFigure[] = [];
    for (const page of PAGES) {
      const headers = page.signedIn ? { Cookie: cookie } : undefined;
      const { scripts, gzip, brotli } = await firstLoadJs(base, page.path, headers);
      figures.push({
        label: page.label,
        path: page.path,
        scripts,
        jsGzipKb: round(gzip / 1024),
        jsBrotliKb: round(brotli / 1024),
        lighthouse: null,
      });
    }

    const lighthouseNote = await runLighthouse(base, cookie, figures);
    printTable(figures);
    if (lighthouseNote) console.log(`\n${lighthouseNote}`);
    const book = figures.filter((figure) => figure.path.startsWith("/book"));
    const over = book.filter((figure) => figure.jsGzipKb > BUDGET_KB);
    console.log(
      over.length === 0
        ? `\n/book steps within the ${BUDGET_KB} kB first-load budget (largest ${Math.max(...book.map((f) => f.jsGzipKb))} kB).`
        : `\nOver the ${BUDGET_KB} kB budget: ${over.map((f) => `${f.label} ${f.jsGzipKb} kB`).join(", ")}.`,
    );

    const out = path.join(root, "bench", ".out");
    await mkdir(out, { recursive: true });
    const machine = { cpus: os.cpus().length, model: os.cpus()[0]?.model ?? "unknown", node: process.version };
    await writeFile(
      path.join(out, "web.json"),
      JSON.stringify({ date: new Date().toISOString(), machine, runs: RUNS, figures }, null, 2) + "\n",
    );
    console.log("written: bench/.out/web.json");
  } finally {
    if (server) await stopProcessGroup(server);
    await database.stop();
  }
}

/** Every script the page's HTML loads, fetched and gzipped (shared chunks counted once per page). */
async function firstLoadJs(base: string, pagePath: string, headers?: Record<string, string>) {
  const response = await fetch(base + pagePath, { headers });
  if (!response.ok) throw new Error(`${pagePath} answered ${response.status}`);
  const sources = findScriptSources(await response.text());
  let gzip = 0;
  let brotli = 0;
  for (const source of sources) {
    const body = Buffer.from(await (await fetch(new URL(source, base))).arrayBuffer());
    const size = gzipSync(body, { level: 9 }).length;
    if (process.env.BENCH_VERBOSE) console.log(`  ${pagePath} ${source} ${(size / 1024).toFixed(1)} kB`);
    gzip += size;
    brotli += brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
  }
  return { scripts: sources.length, gzip, brotli };
}

/** Lighthouse's mobile performance score per page, or a line saying why it did not run. */
async function runLighthouse(base: string, cookie: string, figures: PageFigure[]): Promise<string | null> {
  if (RUNS === 0) return "Lighthouse skipped (BENCH_RUNS=0).";
  if (!existsSync(CHROMIUM)) return `Lighthouse skipped: no Chromium at ${CHROMIUM} (apt-get install chromium, or set CHROME_PATH).`;
  const { default: lighthouse } = await import("lighthouse");
  const { launch } = await import("chrome-launcher");
  const chrome = await launch({
    chromePath: CHROMIUM,
    chromeFlags: ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run"],
  });
  try {
    for (const page of PAGES.filter((p) => p.lighthouse)) {
      const scores: number[] = [];
      for (let run = 0; run < RUNS; run++) {
        const result = await lighthouse(base + page.path, {
          port: chrome.port,
          onlyCategories: ["performance"],
          output: "json",
          logLevel: "error",
          extraHeaders: page.signedIn ? { Cookie: cookie } : undefined,
        });
        const lhr = result?.lhr;
        scores.push(lhr?.categories.performance?.score ?? 0);
        const metric = (id: string) => Math.round(lhr?.audits[id]?.numericValue ?? NaN);
        console.log(
          `  ${page.path}: FCP ${metric("first-contentful-paint")} ms, LCP ${metric("largest-contentful-paint")} ms, ` +
            `TBT ${metric("total-blocking-time")} ms, SI ${metric("speed-index")} ms, CLS ${(lhr?.audits["cumulative-layout-shift"]?.numericValue ?? NaN).toFixed(3)}`,
        );
      }
      const figure = figures.find((f) => f.path === page.path)!;
      figure.lighthouse = percentile(scores, 50);
      console.log(`lighthouse ${page.label}: ${scores.map((s) => s.toFixed(2)).join(", ")} → ${figure.lighthouse.toFixed(2)}`);
    }
  } finally {
    await chrome.kill();
  }
  return null;
}

function printTable(figures: PageFigure[]) {
  console.log("\n| page | scripts | first-load JS (gzip) | (brotli) | Lighthouse mobile perf |");
  console.log("|---|---|---|---|---|");
  for (const figure of figures) {
    const score = figure.lighthouse === null ? "–" : figure.lighthouse.toFixed(2);
    console.log(`| ${figure.label} | ${figure.scripts} | ${figure.jsGzipKb} kB | ${figure.jsBrotliKb} kB | ${score} |`);
  }
}

const round = (value: number) => Math.round(value * 10) / 10;

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
