import "../scripts/lib/server-only-outside-next";
import type { ChildProcess } from "node:child_process";
import { mkdir, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { findFreePort } from "../lib/db/embedded";
import { startDemoSpaDatabase } from "./lib/demo-spa-database";
import { ensureCurrentBuild } from "../scripts/lib/ensure-build";
import { stopProcessGroup } from "../scripts/lib/processes";
import { sessionCookie } from "../tests/support/app-client";
import { BENCH_SECRET, startAppInstance } from "./lib/app-instance";
import { mobilePerformance } from "./lib/lighthouse";
import { firstLoadJs } from "./lib/web-pages";

// `npm run bench:web`: what a phone downloads and how fast the client pages feel there.
// 1. First-load JavaScript per page (gzip, as the browser receives it) from the production build:
//    every script the server-rendered HTML loads, fetched and gzipped. Budget for /book: 120 kB.
// 2. Where Chromium is present, Lighthouse's mobile performance score (its default: a mid-range
//    phone, simulated 4× CPU slowdown and slow 4G) for /, /book and /account, median of RUNS.

const root = path.resolve(import.meta.dirname, "..");
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
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

    const lighthousePages = PAGES.filter((page) => page.lighthouse);
    const scores = await mobilePerformance(
      lighthousePages.map((page) => ({
        url: base + page.path,
        label: page.label,
        headers: page.signedIn ? { Cookie: cookie } : undefined,
      })),
      RUNS,
    );
    if (typeof scores !== "string") {
      for (const [i, page] of lighthousePages.entries()) figures.find((figure) => figure.path === page.path)!.lighthouse = scores[i]!;
    }
    printTable(figures);
    if (typeof scores === "string") console.log(`\n${scores}`);
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
