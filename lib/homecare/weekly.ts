import type { AvoidReason, Until } from "@/lib/contraindications";
import { becauseText, homeWindow, isSoon, ruleNames, startingText, untilText } from "./avoid-text";
import { isOily, type PlanContext } from "./context";
import { AT_HOME, RULES } from "./sources";
import type { LineTags, PlanLine } from "./types";

const PHYSICAL: LineTags = { steps: ["EXFOLIATION_PHYSICAL"] };

/**
 * The acids this client may exfoliate with (none, AHA only, BHA only, or both), by which of their
 * ingredients the avoid model rules out beyond the actives pause.
 */
function acidChoice(context: PlanContext): { words: string; tags: LineTags; from: Until; reasons: AvoidReason[] } {
  const bha = homeWindow(context, { steps: ["EXFOLIATION_CHEMICAL"], ingredients: ["salicylic-acid"] });
  const aha = homeWindow(context, { steps: ["EXFOLIATION_CHEMICAL"], ingredients: ["glycolic-acid", "lactic-acid"] });
  const ok = (window: { from: Until }) => isSoon(window.from, context);
  if (ok(bha) && ok(aha)) {
    const from = bha.from > aha.from ? bha.from : aha.from;
    return {
      words: "a BHA/AHA exfoliant",
      tags: {
        steps: ["EXFOLIATION_CHEMICAL"],
        ingredients: ["salicylic-acid", "glycolic-acid", "lactic-acid"],
        actives: ["exfoliating-acids"],
      },
      from: from as string,
      reasons: [],
    };
  }
  if (ok(aha)) {
    return {
      words: "an AHA exfoliant (glycolic or lactic acid; no BHA)",
      tags: { steps: ["EXFOLIATION_CHEMICAL"], ingredients: ["glycolic-acid", "lactic-acid"] },
      from: aha.from,
      reasons: bha.reasons,
    };
  }
  if (ok(bha)) {
    return {
      words: "a BHA exfoliant (salicylic acid; no AHA)",
      tags: { steps: ["EXFOLIATION_CHEMICAL"], ingredients: ["salicylic-acid"] },
      from: bha.from,
      reasons: aha.reasons,
    };
  }
  const all = homeWindow(context, { steps: ["EXFOLIATION_CHEMICAL"], actives: ["exfoliating-acids"] });
  const from = bha.from === "cleared" || aha.from === "cleared" ? "cleared" : bha.from > aha.from ? bha.from : aha.from;
  return { words: "", tags: {}, from, reasons: [...all.reasons, ...bha.reasons, ...aha.reasons] };
}

const later = (a: string, b: string) => (a > b ? a : b);
const unique = (reasons: readonly AvoidReason[]) => [...new Map(reasons.map((reason) => [reason.ruleId, reason])).values()];

/** Which kinds of home exfoliation this client may do and from when; the rest with their own date or condition. */
function exfoliationLine(context: PlanContext): PlanLine {
  const id = "weekly.exfoliate";
  const physical = homeWindow(context, PHYSICAL);
  const acids = acidChoice(context);
  const physicalOk = isSoon(physical.from, context);
  const acidsOk = acids.words !== "" && isSoon(acids.from, context);
  const chemicalTags: LineTags = { steps: ["EXFOLIATION_CHEMICAL"], actives: ["exfoliating-acids"] };
  const held = (from: Until, reasons: AvoidReason[]) =>
    untilText(
      from,
      reasons.filter((reason) => !reason.ruleId.startsWith("aftercare.")),
    );
  const rule = (reasons: readonly AvoidReason[]) => (reasons.length > 0 ? ruleNames(reasons) : RULES.atHome);
  if (physicalOk && acidsOk) {
    const from = later(physical.from as string, acids.from as string);
    const noPartial = acids.reasons.length > 0 ? ` ${becauseText(unique(acids.reasons))}` : "";
    return {
      id,
      text: `Exfoliate gently once or twice a week (a mild scrub or ${acids.words})${startingText(from, context)}.`,
      reason: `Gentle, regular exfoliation keeps pores clear; more often irritates the skin.${noPartial}`,
      source: AT_HOME,
      rule: rule(acids.reasons),
      recommends: [{ tags: { ...acids.tags, steps: ["EXFOLIATION_PHYSICAL", "EXFOLIATION_CHEMICAL"] }, from }],
    };
  }
  if (acidsOk) {
    const from = acids.from as string;
    const reasons = unique([...physical.reasons, ...acids.reasons]);
    return {
      id,
      text: `Exfoliate once a week at most, with ${acids.words}${startingText(from, context)}. No scrubs ${held(physical.from, physical.reasons)}.`,
      reason:
        `Gentle exfoliation keeps pores clear. ${becauseText(reasons.filter((reason) => !reason.ruleId.startsWith("aftercare.")))}`.trim(),
      source: AT_HOME,
      rule: rule(reasons),
      recommends: [{ tags: acids.tags, from }],
      forbids: [{ tags: PHYSICAL, until: physical.from }],
    };
  }
  if (physicalOk) {
    const from = physical.from as string;
    return {
      id,
      text: `Exfoliate gently once or twice a week with a mild scrub, no pressure${startingText(from, context)}. No exfoliating acids ${held(acids.from, acids.reasons)}.`,
      reason: becauseText(unique(acids.reasons).filter((reason) => !reason.ruleId.startsWith("aftercare."))),
      source: AT_HOME,
      rule: rule(acids.reasons),
      recommends: [{ tags: PHYSICAL, from }],
      forbids: [{ tags: chemicalTags, until: acids.from }],
    };
  }
  const reasons = unique([...physical.reasons, ...acids.reasons]).filter((reason) => !reason.ruleId.startsWith("aftercare."));
  const same = held(physical.from, physical.reasons) === held(acids.from, acids.reasons);
  const text = same
    ? `No exfoliation at home ${held(physical.from, physical.reasons)}: no scrubs and no exfoliating acids.`
    : `No exfoliation at home: no scrubs ${held(physical.from, physical.reasons)}, and no exfoliating acids ${held(acids.from, acids.reasons)}.`;
  return {
    id,
    text,
    reason: becauseText(reasons),
    source: reasons[0]?.source ?? AT_HOME,
    rule: rule(reasons),
    forbids: [
      { tags: PHYSICAL, until: physical.from },
      { tags: chemicalTags, until: acids.from },
    ],
  };
}

function maskLine(context: PlanContext): PlanLine | null {
  if (context.sensitive) {
    return {
      id: "weekly.mask-soothing",
      text: "Once a week, a soothing mask with aloe vera or chamomile.",
      reason: "Your skin is sensitive: soothing ingredients calm it.",
      source: AT_HOME,
      rule: RULES.atHome,
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
      rule: RULES.atHome,
    };
  }
  return null;
}

export function weeklyLines(context: PlanContext): PlanLine[] {
  const mask = maskLine(context);
  return mask ? [exfoliationLine(context), mask] : [exfoliationLine(context)];
}
