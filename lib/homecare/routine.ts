import { SKIN_TYPE_LABELS } from "@/lib/intake/options";
import { becauseText, dateText, homeWindow, ruleNames } from "./avoid-text";
import { isOily, type PlanContext } from "./context";
import { AT_HOME, SKIN_TYPES, factsRow, RULES } from "./sources";
import type { PlanLine } from "./types";

const SENSITIVE_ROW = factsRow("sensitive skin");
const ROSACEA_ROW = factsRow("rosacea, dilated capillaries");
const ALLERGY_ROW = factsRow("allergies; keloid history; Fitzpatrick III–VI");

/** Why this skin gets this routine: the esthetician's assessment when she made one, else the client's words. */
function skinReason(context: PlanContext): string {
  const assessed = context.precedence.find((note) => note.field === "skin type");
  if (assessed) return assessed.reason;
  if (context.rosacea) return "You told us you have rosacea or visible redness.";
  if (context.skinType) return `You described your skin as ${SKIN_TYPE_LABELS[context.skinType].toLowerCase()}.`;
  return "No intake on file: general advice for all skin types.";
}

const GENTLE = "Cleanse with a gentle, non-stripping cleanser; lukewarm water, pat dry.";

/**
 * Oily or acne-prone skin gets a salicylic acid cleanser (FACTS.md at-home routine) once salicylic
 * acid is allowed: from the end of the actives pause, or not at all while a condition or an
 * allergy rules it out, with the reason.
 */
function salicylicCleanser(context: PlanContext, id: string): PlanLine {
  const reason = context.skinType === "oily" ? skinReason(context) : "Acne is among your concerns.";
  const { from, reasons } = homeWindow(context, { ingredients: ["salicylic-acid"] });
  const base = { id, source: AT_HOME, rule: RULES.atHome };
  if (from === "cleared" || from > context.horizon) {
    const longer = reasons.filter((why) => !why.ruleId.startsWith("aftercare."));
    return {
      ...base,
      text: GENTLE,
      reason: `${reason} Salicylic acid isn't right for you for now. ${becauseText(longer)}`,
      rule: ruleNames(longer),
    };
  }
  const recommends = [{ tags: { ingredients: ["salicylic-acid"] }, from }];
  if (from > context.visitDate) {
    return {
      ...base,
      text: `Until ${dateText(from)}, cleanse with a gentle cleanser. From then on, a salicylic acid (BHA) cleanser clears oil and impurities from the pores.`,
      reason: `${reason} Salicylic acid waits until the actives pause is over.`,
      recommends,
    };
  }
  return { ...base, text: "Cleanse with a salicylic acid (BHA) cleanser to clear oil and impurities from the pores.", reason, recommends };
}

/** The cleanser for this skin, most specific need first. */
function cleanserLine(context: PlanContext, id: string): PlanLine {
  const reason = skinReason(context);
  if (context.sensitive) {
    const source = context.rosacea ? ROSACEA_ROW : SENSITIVE_ROW;
    return {
      id,
      text: "Cleanse with a gentle, fragrance-free cleanser; lukewarm water, pat dry.",
      reason,
      source,
      rule: "Sensitive skin: gentle approach",
    };
  }
  if (context.skinType === "dry") {
    return {
      id,
      text: "Cleanse with a gentle cream or milk cleanser that doesn't strip the skin.",
      reason,
      source: SKIN_TYPES,
      rule: RULES.skinType,
    };
  }
  if (isOily(context)) return salicylicCleanser(context, id);
  return { id, text: "Cleanse with a mild cleanser.", reason, source: AT_HOME, rule: RULES.atHome };
}

function moisturiserLine(context: PlanContext, id: string): PlanLine {
  const reason = skinReason(context);
  if (context.skinType === "dry" || context.concerns.includes("dehydration")) {
    return { id, text: "Moisturise with a richer, nourishing cream.", reason, source: SKIN_TYPES, rule: RULES.skinType };
  }
  if (context.skinType === "combination") {
    return {
      id,
      text: "Moisturise with a lightweight, non-comedogenic moisturiser; a little more on dry areas, less on the T-zone.",
      reason,
      source: SKIN_TYPES,
      rule: RULES.skinType,
    };
  }
  const text = context.sensitive
    ? "Moisturise with a fragrance-free, lightweight moisturiser."
    : "Moisturise with a lightweight, non-comedogenic moisturiser.";
  return { id, text, reason, source: AT_HOME, rule: RULES.atHome };
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
      rule: RULES.atHome,
    },
  ];
}

/**
 * Patch-test guidance where FACTS.md calls for it: allergies, keloids, a darker or unassessed
 * phototype ("patch test before products or peels"), sensitive skin and rosacea ("patch test new
 * products"). The at-home routine says it for everyone; these clients get it as a line of its own.
 */
function patchTestLine(context: PlanContext): PlanLine[] {
  const advice = context.avoid.patchTests;
  if (advice.length === 0 && !context.sensitive) return [];
  const reasons = [
    ...(context.sensitive && !advice.some((a) => a.ruleId === "sensitive-skin-new-products")
      ? [context.rosacea ? "you have rosacea or visible redness" : "your skin is sensitive"]
      : []),
    ...advice.map((a) => PATCH_REASONS[a.ruleId] ?? "of what you told us in your intake"),
  ];
  const source = advice.some((a) => a.ruleId !== "sensitive-skin-new-products")
    ? ALLERGY_ROW
    : context.rosacea
      ? ROSACEA_ROW
      : SENSITIVE_ROW;
  return [
    {
      id: "pm.patch-test",
      text: "Patch-test any new product on a small area (behind the ear or inside the forearm) for a few days before using it on your face.",
      reason: [...new Set(reasons)].map((clause) => `Because ${clause}.`).join(" "),
      source,
      rule: RULES.patchTest,
    },
  ];
}

const PATCH_REASONS: Record<string, string> = {
  "allergy-patch-test": "of your allergies",
  "sensitive-skin-new-products": "your skin is sensitive",
  "phototype-patch-test": "your skin can mark or darken after strong products",
  "keloid-patch-test": "your skin can form raised scars",
};

export function eveningLines(context: PlanContext): PlanLine[] {
  const cleanse = cleanserLine(context, "pm.cleanse");
  return [
    { ...cleanse, text: `${cleanse.text} Remove all makeup and sunscreen first.` },
    moisturiserLine(context, "pm.moisturise"),
    ...patchTestLine(context),
  ];
}
