import "../scripts/lib/server-only-outside-next";
import { mkdtemp, rm, chmod } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { Writable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { createDb } from "../lib/db/client";
import { startEmbeddedPostgres } from "../lib/db/embedded";
import { migrate } from "../lib/db/migrate";

/**
 * `npm run bench:import`: on a real (embedded) PostgreSQL, the whole client import of a 50,000-row
 * export (upload and parse, the dry run, then the job to the end), then the full export of what it
 * made. Prints rows per second and the process's peak memory (RSS and heap, sampled every 20 ms);
 * asserts nothing (target: 50,000 clients imported in under a minute).
 */
const CLIENTS = Number(process.env.BENCH_CLIENTS ?? 50_000);

function clientFile(count: number): Buffer {
  const lines = ["First Name,Last Name,Email,Mobile Number,Date of Birth,Notes,Accepts Marketing,Added"];
  for (let i = 1; i <= count; i++) {
    const phone = `+1 (646) ${String(200 + (i % 700)).padStart(3, "0")}-${String(i % 10_000).padStart(4, "0")}`;
    const notes = i % 5 === 0 ? `"Prefers fragrance-free products; visit ${i}, ""quiet room"""` : "";
    lines.push(
      `Client${i},Bench${i % 997},client${i}@bench.test,${phone},19${50 + (i % 50)}-0${(i % 9) + 1}-1${i % 9},${notes},${i % 2 ? "Yes" : "No"},2021-05-06`,
    );
  }
  return Buffer.from(lines.join("\r\n") + "\r\n");
}

function memorySampler() {
  let rss = 0;
  let heap = 0;
  const sample = () => {
    const usage = process.memoryUsage();
    rss = Math.max(rss, usage.rss);
    heap = Math.max(heap, usage.heapUsed);
  };
  const timer = setInterval(sample, 20);
  return {
    reset() {
      rss = 0;
      heap = 0;
      sample();
    },
    stop() {
      clearInterval(timer);
      sample();
      return { rss, heap };
    },
  };
}

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;

async function main() {
  const dir = await mkdtemp(path.join(os.tmpdir(), "glowbook-import-bench-"));
  await chmod(dir, 0o755);
  const database = await startEmbeddedPostgres({ dataDir: path.join(dir, "pg") });
  try {
    await migrate(database.url);
    process.env.DATABASE_URL = database.url;
    const db = createDb(database.url);
    await db.location.create({
      data: {
        name: "Bench Spa",
        address: "1 Bench St",
        timeZone: "America/New_York",
        phone: "+1 212 555 0100",
        email: "spa@bench.test",
        bookingPolicy: { create: {} },
      },
    });
    const admin = await db.user.create({ data: { email: "admin@bench.test", name: "Bench Admin", role: "ADMIN" } });
    const actor = { userId: admin.id, role: "ADMIN" as const, email: admin.email!, name: admin.name };
    const { createImport, applyImport } = await import("../lib/transfer/commands");
    const { dryRunImport } = await import("../lib/transfer/queries");
    const { runPendingImports } = await import("../lib/transfer/runner");
    const { exportEverything } = await import("../lib/transfer/export");

    const content = clientFile(CLIENTS);
    console.log(`file: ${CLIENTS.toLocaleString("en-US")} clients, ${mb(content.length)}`);
    const memory = memorySampler();

    let started = performance.now();
    const { id } = await createImport(actor, { kind: "CLIENTS", fileName: "bench.csv", content });
    console.log(`upload (detect, parse and count every row, store): ${((performance.now() - started) / 1000).toFixed(1)} s`);

    started = performance.now();
    const dry = await dryRunImport(actor, id);
    const drySeconds = (performance.now() - started) / 1000;
    console.log(
      `dry run: ${drySeconds.toFixed(1)} s, ${Math.round(CLIENTS / drySeconds).toLocaleString("en-US")} rows/s (${dry.counts.CREATED} new, ${dry.counts.REJECTED} rejected)`,
    );

    await applyImport(actor, { importId: id });
    memory.reset();
    started = performance.now();
    await runPendingImports(db);
    const seconds = (performance.now() - started) / 1000;
    const peak = memory.stop();
    const done = await db.importFile.findUniqueOrThrow({ where: { id } });
    console.log(
      `import job: ${done.createdCount.toLocaleString("en-US")} clients created in ${seconds.toFixed(1)} s = ${Math.round(CLIENTS / seconds).toLocaleString("en-US")} rows/s (target: under 60 s)`,
    );
    console.log(`  peak memory during the job: RSS ${mb(peak.rss)}, heap ${mb(peak.heap)}`);

    const exportMemory = memorySampler();
    started = performance.now();
    let bytes = 0;
    const { stream } = await exportEverything(actor, { includeClinical: false });
    await pipeline(stream, new Writable({ write: (chunk: Buffer, _encoding, done) => ((bytes += chunk.length), done()) }));
    const exportPeak = exportMemory.stop();
    console.log(
      `export ZIP: ${mb(bytes)} in ${((performance.now() - started) / 1000).toFixed(1)} s, peak RSS ${mb(exportPeak.rss)}, heap ${mb(exportPeak.heap)}`,
    );
    await db.$disconnect();
  } finally {
    await database.stop();
    await rm(dir, { recursive: true, force: true });
  }
}

void main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
