import { OPENING_STEPS, performedAny, type PlanContext } from "./context";
import { AFTERCARE, AT_HOME, factsRow, RULES } from "./sources";
import type { PlanLine } from "./types";

const ALLERGY_ROW = factsRow("allergies; keloid history; Fitzpatrick III–VI");

export function warningLines(context: PlanContext): PlanLine[] {
  const lines: PlanLine[] = [];
  if (performedAny(context, OPENING_STEPS).length > 0) {
    lines.push({
      id: "warning.expected",
      text: "Some redness is normal, and purging (a few spots) can last 48–72 hours.",
      reason: "Expected after steam, extraction or exfoliation.",
      source: AFTERCARE,
      rule: RULES.aftercare,
    });
  }
  lines.push({
    id: "warning.persistent",
    text: "If redness, swelling or irritation persists, stop all products and contact the spa or a dermatologist.",
    reason: "Signs that the skin is reacting rather than settling.",
    source: AFTERCARE,
    rule: RULES.aftercare,
  });
  const intake = context.intake;
  const eczema = intake?.skinHistory.eczemaPsoriasisDermatitis.yes;
  if (context.rosacea || eczema) {
    lines.push({
      id: "warning.dermatologist",
      text: "Because of your rosacea or eczema, check new products and home treatments with a dermatologist first.",
      reason: "You told us you have rosacea, visible redness, eczema, psoriasis or dermatitis.",
      source: context.rosacea ? factsRow("rosacea, dilated capillaries") : AT_HOME,
      rule: RULES.dermatologist,
    });
  }
  if (context.pregnant) {
    lines.push({
      id: "warning.pregnancy",
      text: "While you're pregnant or breastfeeding, check your skin-care routine with your healthcare provider.",
      reason: "You told us you're pregnant or nursing.",
      source: factsRow("pregnant or nursing"),
      rule: RULES.pregnancy,
    });
  }
  // Typed allergies the dictionary matched are ruled out like ticked ones (and listed under "What to avoid");
  // only the unreadable ones need the client's own eye.
  const unmatched = context.avoid.allergies.unmatched;
  if (unmatched.length > 0) {
    lines.push({
      id: "warning.other-allergy",
      text: `You also told us about ${unmatched.length === 1 ? "this allergy" : "these allergies"}: ${unmatched.map((text) => `"${text}"`).join(", ")}. Check every product's label for it, and patch-test anything new.`,
      reason: "An allergy written in your own words that we can't match to ingredients automatically.",
      source: ALLERGY_ROW,
      rule: RULES.allergyUnmatched,
    });
  }
  return lines;
}
