// Benchmark of the clinical checks that run on every booking, intake submission, note save and
// plan edit: the avoid model (the whole ruleset over every step, allergies read through the
// ingredient dictionary), a drafted homecare plan with its consistency checks, and reading the
// words of an edited line. Figures are printed, not asserted.
import { performance } from "node:perf_hooks";
import { computeAvoidModel, findMentions } from "@/lib/contraindications";
import { matchAllergy } from "@/lib/intake/allergy-matching";
import { planConflicts } from "@/lib/homecare/consistency";
import { buildIntakeAnswers } from "@/tests/support/intake";
import { planFor } from "@/tests/support/homecare";
import { percentile } from "./lib/stats";

const RUNS = 200;
const intake = buildIntakeAnswers({
  pregnancy: { pregnant: true },
  skinHistory: { rosacea: true },
  actives: { isotretinoin: { status: "stopped", lastUsedOn: "2030-01-10" } },
  allergies: { ingredients: ["fragrance", "aspirin"], other: "wool wax, kiwi, lanolyn, peanut oil" },
});

function measure(name: string, run: () => unknown) {
  for (let i = 0; i < 20; i++) run();
  const timings: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const started = performance.now();
    run();
    timings.push(performance.now() - started);
  }
  const format = (ms: number) => `${ms.toFixed(3)} ms`;
  console.log(`${name.padEnd(44)} median ${format(percentile(timings, 50))}  p95 ${format(percentile(timings, 95))}`);
}

console.log(`clinical checks: ${RUNS} runs each after 20 warm-up runs`);
measure("avoid model (every rule, every step)", () =>
  computeAvoidModel({ intake, visitDate: "2030-03-12", performedSteps: ["STEAM", "EXTRACTION"] }),
);
measure("typed allergy matched (with a typo)", () => matchAllergy("lanolyn cream"));
measure("words of an edited line read", () => findMentions("Restart your retinol on Friday, then a gentle BHA toner twice a week."));
const plan = planFor(
  { pregnancy: { pregnant: true }, skinHistory: { rosacea: true }, allergies: { ingredients: ["fragrance"], other: "kiwi" } },
  { skinResponse: "Calm, slight redness on the cheeks." },
);
measure("homecare plan drafted", () =>
  planFor({ pregnancy: { pregnant: true }, skinHistory: { rosacea: true }, allergies: { ingredients: ["fragrance"], other: "kiwi" } }),
);
measure("plan consistency checked (every line)", () => planConflicts(plan));
