import { STEP_LABELS } from "@/lib/catalog/step-labels";
import type { TreatmentStep } from "@/lib/contraindications";
import { OPENING_STEPS, performedAny, type PlanContext } from "./context";
import { AFTERCARE, NOTE } from "./sources";
import type { PlanLine } from "./types";

const EXFOLIATING: readonly TreatmentStep[] = ["EXFOLIATION_PHYSICAL", "EXFOLIATION_CHEMICAL", "PEEL"];

function stepsReason(steps: readonly TreatmentStep[]): string {
  const names = steps.map((step) => STEP_LABELS[step].toLowerCase()).join(", ");
  return `Performed today: ${names}.`;
}

function extractionLines(context: PlanContext): PlanLine[] {
  if (!context.performed.has("EXTRACTION")) return [];
  const reason = stepsReason(["EXTRACTION"]);
  return [
    { id: "aftercare.no-makeup", text: "No makeup for 24 hours (heavy makeup: 48 hours).", reason, source: AFTERCARE },
    {
      id: "aftercare.no-picking",
      text: "Don't pick or touch the extracted areas; they heal in 5–7 days.",
      reason,
      source: AFTERCARE,
    },
  ];
}

function openedSkinLines(context: PlanContext): PlanLine[] {
  const opened = performedAny(context, OPENING_STEPS);
  if (opened.length === 0) return [];
  const reason = stepsReason(opened);
  return [
    {
      id: "aftercare.no-heat",
      text: "No sauna, steam room, hot showers, workouts or swimming pools for 24 hours.",
      reason,
      source: AFTERCARE,
    },
    {
      id: "aftercare.gentle-products",
      text: "Use only a gentle, non-stripping cleanser and a fragrance-free moisturiser for 72 hours.",
      reason,
      source: AFTERCARE,
    },
    {
      id: "aftercare.pause-actives",
      text: "No scrubs, AHA/BHA, retinoids, vitamin C or acne treatments until the date below, then ease back in.",
      reason,
      source: AFTERCARE,
    },
  ];
}

function hairRemovalLine(context: PlanContext): PlanLine[] {
  const steps = performedAny(context, ["EXTRACTION", ...EXFOLIATING]);
  if (steps.length === 0) return [];
  return [
    {
      id: "aftercare.no-hair-removal",
      text: "No facial waxing, threading or shaving for one week (at the very least 48 hours).",
      reason: stepsReason(steps),
      source: AFTERCARE,
    },
  ];
}

/** The first 72 hours: only what today's performed steps call for, plus SPF and the skin's response. */
export function firstDaysLines(context: PlanContext): PlanLine[] {
  const lines = [...extractionLines(context), ...openedSkinLines(context), ...hairRemovalLine(context)];
  lines.push({
    id: "aftercare.spf",
    text: "Wear SPF 30+ every day and limit time in the sun for the next 48 hours.",
    reason: "Part of the aftercare after every facial.",
    source: AFTERCARE,
  });
  const response = context.input.note.skinResponse.trim();
  if (response !== "") {
    lines.push({
      id: "aftercare.skin-response",
      text: `How your skin responded today: ${response}`,
      reason: "Recorded by your esthetician in today's treatment note.",
      source: NOTE,
    });
  }
  return lines;
}
