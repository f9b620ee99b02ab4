import autocannon from "autocannon";
import { percentile } from "./stats";

/** One line of a load table: throughput, latency percentiles and every status seen. */
export type LoadFigure = {
  name: string;
  connections: number;
  requests: number;
  reqPerSec: number;
  p50: number;
  p95: number;
  p99: number;
  statuses: Record<string, number>;
  target: string;
};

/**
 * Each load line's measured seconds (BENCH_SECONDS, default 15), after the same load run unmeasured
 * for BENCH_WARM_SECONDS (default 5): the first seconds measure V8 optimising the hot code, not the
 * server (a fresh server's sign-in page: 94 req/s in its first 10 s of load, then 160–225 req/s in
 * later runs).
 */
export const LOAD_TIMING = {
  seconds: Number(process.env.BENCH_SECONDS ?? 15),
  warmSeconds: Number(process.env.BENCH_WARM_SECONDS ?? 5),
};

type LoadOptions = {
  url: string;
  method?: "GET" | "POST";
  connections: number;
  headers?: Record<string, string>;
  target: string;
};

/** `connections` requests in flight against one URL for LOAD_TIMING's seconds, after its warm-up. */
export async function loadUrl(name: string, options: LoadOptions): Promise<LoadFigure> {
  const { url, connections, headers } = options;
  const { seconds, warmSeconds } = LOAD_TIMING;
  const method = options.method ?? "GET";
  const warm = warmSeconds > 0 ? `, after ${warmSeconds} s of the same load` : "";
  console.log(`${name}: ${connections} connections for ${seconds} s${warm}…`);
  if (warmSeconds > 0) await runAutocannon({ url, method, connections, duration: warmSeconds, headers }, () => {});
  const log = responseLog();
  const result = await runAutocannon({ url, method, connections, duration: seconds, headers }, log.record);
  return summarise(name, connections, log.latencies, log.statuses, result.duration, options.target);
}

/** Every response's latency, and a count per status, as `runAutocannon` reports them. */
export function responseLog() {
  const latencies: number[] = [];
  const statuses: Record<string, number> = {};
  const record = (status: number, ms: number) => {
    latencies.push(ms);
    statuses[status] = (statuses[status] ?? 0) + 1;
  };
  return { latencies, statuses, record };
}

/** autocannon with every response's status and latency passed to `onResponse` (it reports no p95 itself). */
export function runAutocannon(options: autocannon.Options, onResponse: (status: number, ms: number) => void): Promise<autocannon.Result> {
  return new Promise((resolve, reject) => {
    const instance = autocannon(options, (error, result) => (error ? reject(error) : resolve(result)));
    instance.on("response", (_client, status, _bytes, ms) => onResponse(status, ms));
  });
}

export function summarise(
  name: string,
  connections: number,
  latencies: number[],
  statuses: Record<string, number>,
  seconds: number,
  target: string,
): LoadFigure {
  return {
    name,
    connections,
    requests: latencies.length,
    reqPerSec: latencies.length / seconds,
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    p99: percentile(latencies, 99),
    statuses,
    target,
  };
}

export function printLoadTable(figures: LoadFigure[]): void {
  console.log("\n| what | conn | req/s | p50 ms | p95 ms | p99 ms | statuses | target |");
  console.log("|---|---|---|---|---|---|---|---|");
  for (const f of figures) {
    const statuses = Object.entries(f.statuses)
      .map(([status, n]) => `${n}×${status}`)
      .join(", ");
    console.log(
      `| ${f.name} | ${f.connections} | ${f.reqPerSec.toFixed(0)} | ${f.p50.toFixed(0)} | ${f.p95.toFixed(0)} | ${f.p99.toFixed(0)} | ${statuses} | ${f.target} |`,
    );
  }
}
