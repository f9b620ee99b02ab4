import { SKIN_TYPE_LABELS } from "@/lib/intake/options";
import { OPENING_STEPS, isOily, performedAny, type PlanContext } from "./context";
import { AT_HOME, SKIN_TYPES, factsRow } from "./sources";
import type { PlanLine } from "./types";

const SENSITIVE_ROW = factsRow("sensitive skin");
const ROSACEA_ROW = factsRow("rosacea, dilated capillaries");

function skinReason(context: PlanContext): string {
  if (context.rosacea) return "You told us you have rosacea or visible redness.";
  if (context.skinType) return `You described your skin as ${SKIN_TYPE_LABELS[context.skinType].toLowerCase()}.`;
  return "No intake on file: general advice for all skin types.";
}

/** The cleanser for this skin, most specific need first. */
function cleanserLine(context: PlanContext, id: string): PlanLine {
  const reason = skinReason(context);
  if (context.sensitive) {
    return { id, text: "Cleanse with a gentle, fragrance-free cleanser; lukewarm water, pat dry.", reason, source: SENSITIVE_ROW };
  }
  if (context.skinType === "dry") {
    return { id, text: "Cleanse with a gentle cream or milk cleanser that doesn't strip the skin.", reason, source: SKIN_TYPES };
  }
  if (isOily(context)) {
    // BHA is one of the actives paused after steam, extraction or exfoliation (FACTS.md aftercare).
    const paused = performedAny(context, OPENING_STEPS).length > 0 ? " Until actives may resume, use a gentle cleanser instead." : "";
    return {
      id,
      text: `Cleanse with a salicylic acid (BHA) cleanser to clear oil and impurities from the pores.${paused}`,
      reason: context.skinType === "oily" ? reason : "Acne is among your concerns.",
      source: AT_HOME,
    };
  }
  return { id, text: "Cleanse with a mild cleanser.", reason, source: AT_HOME };
}

function moisturiserLine(context: PlanContext, id: string): PlanLine {
  const reason = skinReason(context);
  if (context.skinType === "dry" || context.concerns.includes("dehydration")) {
    return { id, text: "Moisturise with a richer, nourishing cream.", reason, source: SKIN_TYPES };
  }
  if (context.skinType === "combination") {
    return {
      id,
      text: "Moisturise with a lightweight, non-comedogenic moisturiser; a little more on dry areas, less on the T-zone.",
      reason,
      source: SKIN_TYPES,
    };
  }
  const text = context.sensitive
    ? "Moisturise with a fragrance-free, lightweight moisturiser."
    : "Moisturise with a lightweight, non-comedogenic moisturiser.";
  return { id, text, reason, source: AT_HOME };
}

export function morningLines(context: PlanContext): PlanLine[] {
  return [
    cleanserLine(context, "am.cleanse"),
    moisturiserLine(context, "am.moisturise"),
    {
      id: "am.spf",
      text: "Finish with a broad-spectrum sunscreen, SPF 30 or higher, every day.",
      reason: "Daily sun protection keeps the results of your facial and protects against UV damage.",
      source: AT_HOME,
    },
  ];
}

export function eveningLines(context: PlanContext): PlanLine[] {
  const lines = [
    { ...cleanserLine(context, "pm.cleanse"), text: `${cleanserLine(context, "pm.cleanse").text} Remove all makeup and sunscreen first.` },
    moisturiserLine(context, "pm.moisturise"),
  ];
  if (context.sensitive) {
    lines.push({
      id: "pm.patch-test",
      text: "Patch-test any new product on a small area for a few days before using it on your face.",
      reason: skinReason(context),
      source: context.rosacea ? ROSACEA_ROW : SENSITIVE_ROW,
    });
  }
  return lines;
}
