import { OPENING_STEPS, performedAny, type PlanContext } from "./context";
import { AFTERCARE, AT_HOME, factsRow } from "./sources";
import type { PlanLine } from "./types";

export function warningLines(context: PlanContext): PlanLine[] {
  const lines: PlanLine[] = [];
  if (performedAny(context, OPENING_STEPS).length > 0) {
    lines.push({
      id: "warning.expected",
      text: "Some redness is normal, and purging (a few spots) can last 48–72 hours.",
      reason: "Expected after steam, extraction or exfoliation.",
      source: AFTERCARE,
    });
  }
  lines.push({
    id: "warning.persistent",
    text: "If redness, swelling or irritation persists, stop all products and contact the spa or a dermatologist.",
    reason: "Signs that the skin is reacting rather than settling.",
    source: AFTERCARE,
  });
  const intake = context.input.intake;
  const eczema = intake?.skinHistory.eczemaPsoriasisDermatitis.yes;
  if (context.rosacea || eczema) {
    lines.push({
      id: "warning.dermatologist",
      text: "Because of your rosacea or eczema, check new products and home treatments with a dermatologist first.",
      reason: "You told us you have rosacea, visible redness, eczema, psoriasis or dermatitis.",
      source: context.rosacea ? factsRow("rosacea, dilated capillaries") : AT_HOME,
    });
  }
  if (context.pregnant) {
    lines.push({
      id: "warning.pregnancy",
      text: "While you're pregnant or breastfeeding, check your skin-care routine with your healthcare provider.",
      reason: "You told us you're pregnant or nursing.",
      source: factsRow("pregnant or nursing"),
    });
  }
  const other = intake?.allergies.other?.trim();
  if (other && !/^(none|no|n\/?a|nil|nothing|-+)\.?$/i.test(other)) {
    lines.push({
      id: "warning.other-allergy",
      text: `You also told us about this allergy: "${other}". Check every product's label for it.`,
      reason: "An allergy written in your own words, which we can't match to ingredients automatically.",
      source: factsRow("allergies; keloid history; Fitzpatrick III–VI"),
    });
  }
  if (intake?.allergies.ingredients.includes("aspirin")) {
    lines.push({
      id: "warning.aspirin-salicylic",
      text: "Avoid salicylic acid (BHA) unless your doctor says it's fine: it's related to aspirin.",
      reason: "You told us you're allergic to aspirin.",
      source: factsRow("allergies; keloid history; Fitzpatrick III–VI"),
    });
  }
  return lines;
}
