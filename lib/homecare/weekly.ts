import type { ContraindicationFlag, TreatmentStep } from "@/lib/contraindications";
import { isOily, type PlanContext } from "./context";
import { AT_HOME, factsRow } from "./sources";
import type { PlanLine } from "./types";

/**
 * Flags about the timing of a professional treatment around the visit, not about exfoliating at
 * home week after week: they shape the actives pause (lib/homecare/dates.ts) instead.
 */
const VISIT_TIMING_FLAGS = new Set(["topical-actives-recent", "hair-removal-recent"]);

function blockingFlags(context: PlanContext, step: TreatmentStep): ContraindicationFlag[] {
  return context.input.flags.filter(
    (flag) =>
      flag.severity === "BLOCK" &&
      Array.isArray(flag.affectedSteps) &&
      flag.affectedSteps.includes(step) &&
      !VISIT_TIMING_FLAGS.has(flag.id),
  );
}

/** The flags' messages are written for the visit; at home these read better. Others fall back to the flag's own. */
const HOME_REASONS: Record<string, string> = {
  "skin-flare-area": "Your eczema, psoriasis or dermatitis is flaring: no exfoliation until it has settled.",
  "skin-flare-peel": "Your eczema, psoriasis or dermatitis is flaring: no exfoliating acids until it has settled.",
  "sunburn-windburn": "Your skin is sunburnt or windburnt: no exfoliation until it has healed.",
  "tanning-recent": "You tanned in the past week: exfoliating now can irritate the skin.",
  "isotretinoin-recent": "Isotretinoin (your acne medicine) makes the skin fragile: no exfoliation for six months after you stop it.",
  "pregnancy-salicylic-peel": "While you're pregnant or breastfeeding, leave out exfoliating acids.",
  "rosacea-heat-exfoliation": "Rosacea or visible redness: scrubs and strong exfoliation bring on flushing.",
  "skin-procedure-recent": "Your skin is still healing from a recent procedure: no exfoliation until it has recovered.",
};

function flagReason(flags: readonly ContraindicationFlag[]): string {
  const reasons = flags.map((flag) => {
    const reason = HOME_REASONS[flag.id] ?? flag.clientMessage;
    return flag.window ? `${reason.replace(/\.$/, "")} (until ${flag.window.until}).` : reason;
  });
  return [...new Set(reasons)].join(" ");
}

/** Which kinds of home exfoliation this client may do, and the flags that rule each out. */
export function homeExfoliation(context: PlanContext) {
  // A flare (eczema, psoriasis, dermatitis) rules out both kinds at home until it has settled.
  const flare = context.flag("skin-flare-area");
  const physicalBlocks = [...blockingFlags(context, "EXFOLIATION_PHYSICAL"), ...(flare ? [flare] : [])];
  const chemicalBlocks = [...blockingFlags(context, "EXFOLIATION_CHEMICAL"), ...(flare ? [flare] : [])];
  // FACTS.md: sensitive skin gets no physical scrub; rosacea no aggressive exfoliation at all.
  const physicalOk = physicalBlocks.length === 0 && !context.sensitive;
  const chemicalOk = chemicalBlocks.length === 0 && !context.rosacea;
  return { physicalBlocks, chemicalBlocks, physicalOk, chemicalOk };
}

function exfoliationLine(context: PlanContext): PlanLine {
  const { physicalBlocks, chemicalBlocks, physicalOk, chemicalOk } = homeExfoliation(context);
  const id = "weekly.exfoliate";
  if (!physicalOk && !chemicalOk) {
    const flags = [...new Set([...physicalBlocks, ...chemicalBlocks])];
    const reason = flags.length > 0 ? flagReason(flags) : "Rosacea or visible redness: exfoliation can bring on flushing.";
    const source = flags[0]?.source ?? factsRow("rosacea, dilated capillaries");
    return { id, text: "No exfoliation at home for now (no scrubs and no exfoliating acids).", reason, source };
  }
  if (!chemicalOk) {
    return {
      id,
      text: "Exfoliate gently once or twice a week with a mild scrub, no pressure; no AHA/BHA exfoliants.",
      reason: flagReason(chemicalBlocks),
      source: chemicalBlocks[0]?.source ?? AT_HOME,
    };
  }
  if (!physicalOk) {
    return {
      id,
      text: "Exfoliate once a week at most, with a gentle acid (AHA/BHA) exfoliant; no scrubs.",
      reason: physicalBlocks.length > 0 ? flagReason(physicalBlocks) : "Sensitive skin: exfoliate less often and never with a scrub.",
      source: physicalBlocks[0]?.source ?? factsRow("sensitive skin"),
    };
  }
  return {
    id,
    text: "Exfoliate gently once or twice a week (a mild scrub or a BHA/AHA exfoliant), starting after the date actives may resume.",
    reason: "Gentle, regular exfoliation keeps pores clear; more often irritates the skin.",
    source: AT_HOME,
  };
}

function maskLine(context: PlanContext): PlanLine | null {
  if (context.sensitive) {
    return {
      id: "weekly.mask-soothing",
      text: "Once a week, a soothing mask with aloe vera or chamomile.",
      reason: "Your skin is sensitive: soothing ingredients calm it.",
      source: AT_HOME,
    };
  }
  const congested = ["blackheads", "enlarged-pores"].some((concern) => context.concerns.includes(concern as never));
  if (isOily(context) || congested || context.skinType === "combination") {
    const where = context.skinType === "combination" ? " on the T-zone" : "";
    return {
      id: "weekly.mask-clay",
      text: `Once a week, a clay or charcoal mask${where} to draw out impurities.`,
      reason: "Your skin type or concerns (oil, blackheads, enlarged pores).",
      source: AT_HOME,
    };
  }
  return null;
}

export function weeklyLines(context: PlanContext): PlanLine[] {
  const mask = maskLine(context);
  return mask ? [exfoliationLine(context), mask] : [exfoliationLine(context)];
}
