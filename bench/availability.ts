// Benchmark of the availability engine on a synthetic spa (see bench/lib/synthetic-spa.ts):
// 10 estheticians, 4 rooms, 2,000 appointments over 30 days, a 60-minute service with 15-minute
// buffers on a 15-minute grid needing a room, "any" esthetician. Figures are printed, not asserted.
// 2,000 appointments are more than ten people and four rooms can hold in a month, so random
// placements overlap and few slots remain; the engine still examines every start of the month.
import { performance } from "node:perf_hooks";
import { listSlots } from "@/lib/scheduling";
import { buildSyntheticSpa } from "./lib/synthetic-spa";
import { percentile } from "./lib/stats";

const WARM_UP_RUNS = 20;
const MEASURED_RUNS = 50;

const spa = buildSyntheticSpa(20_250_610);
let slotCount = 0;
for (let i = 0; i < WARM_UP_RUNS; i++) slotCount = listSlots(spa).length;

const timings: number[] = [];
for (let i = 0; i < MEASURED_RUNS; i++) {
  const started = performance.now();
  slotCount = listSlots(spa).length;
  timings.push(performance.now() - started);
}

const format = (ms: number) => `${ms.toFixed(2)} ms`;
console.log(`availability engine: ${MEASURED_RUNS} runs after ${WARM_UP_RUNS} warm-up runs`);
console.log(`  median ${format(percentile(timings, 50))}`);
console.log(`  p95    ${format(percentile(timings, 95))}`);
console.log(`  slots  ${slotCount} over ${spa.range.from} … ${spa.range.to} (${spa.timeZone})`);
