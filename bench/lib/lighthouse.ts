import { existsSync } from "node:fs";
import { percentile } from "./stats";

export const CHROMIUM = process.env.CHROME_PATH ?? "/usr/bin/chromium";

/** A page for Lighthouse: its URL, the headers to send (a session cookie), its name in the output. */
export type LighthouseTarget = { url: string; headers?: Record<string, string>; label?: string };

/**
 * Lighthouse's mobile performance score (its defaults: a mid-range phone, simulated 4× CPU
 * slowdown and slow 4G), `runs` times per page in one Chromium, printing each run's metrics.
 * Returns the median score per target in order, or a line saying why it did not run.
 */
export async function mobilePerformance(targets: LighthouseTarget[], runs: number): Promise<number[] | string> {
  if (runs === 0) return "Lighthouse skipped (BENCH_RUNS=0).";
  if (!existsSync(CHROMIUM)) return `Lighthouse skipped: no Chromium at ${CHROMIUM} (apt-get install chromium, or set CHROME_PATH).`;
  const { default: lighthouse } = await import("lighthouse");
  const { launch } = await import("chrome-launcher");
  const chrome = await launch({
    chromePath: CHROMIUM,
    chromeFlags: ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run"],
  });
  try {
    const medians: number[] = [];
    for (const target of targets) {
      const { pathname, search } = new URL(target.url);
      const label = target.label ?? pathname + search;
      const scores: number[] = [];
      for (let run = 0; run < runs; run++) {
        const result = await lighthouse(target.url, {
          port: chrome.port,
          onlyCategories: ["performance"],
          output: "json",
          logLevel: "error",
          extraHeaders: target.headers,
        });
        const lhr = result?.lhr;
        scores.push(lhr?.categories.performance?.score ?? 0);
        const metric = (id: string) => Math.round(lhr?.audits[id]?.numericValue ?? NaN);
        console.log(
          `  ${label}: FCP ${metric("first-contentful-paint")} ms, LCP ${metric("largest-contentful-paint")} ms, ` +
            `TBT ${metric("total-blocking-time")} ms, SI ${metric("speed-index")} ms, CLS ${(lhr?.audits["cumulative-layout-shift"]?.numericValue ?? NaN).toFixed(3)}`,
        );
      }
      const median = percentile(scores, 50);
      console.log(`lighthouse ${label}: ${scores.map((s) => s.toFixed(2)).join(", ")} → ${median.toFixed(2)}`);
      medians.push(median);
    }
    return medians;
  } finally {
    await chrome.kill();
  }
}
