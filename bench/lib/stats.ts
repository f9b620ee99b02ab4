/** Nearest-rank percentile of a sample, `p` in (0, 100]. */
export function percentile(samples: readonly number[], p: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.max(0, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

// The same seeded PRNG the demo history uses, so every run benchmarks the same spa.
export { createRandom } from "../../prisma/seed/random";
