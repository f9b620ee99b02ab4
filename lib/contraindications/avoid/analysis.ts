import { z } from "zod";
import { FITZPATRICK_LABELS, SKIN_TYPE_LABELS, keysOf, type Concern } from "@/lib/intake/options";
import type { IntakeAnswers } from "@/lib/intake/schema";

/**
 * What the esthetician sees at the visit (FACTS.md "Skin classification": the client's self-report
 * is confirmed by the esthetician's own analysis; redness after light pressure indicates
 * sensitivity). Recorded in the treatment note; where it differs, it takes precedence over the
 * intake for the plan, and the plan says so.
 */
export const OBSERVED_CONDITION_LABELS = {
  sensitivity: "Sensitivity (redness after light pressure)",
  rosacea: "Rosacea signs",
  "dilated-capillaries": "Dilated capillaries",
  "active-acne": "Active acne",
  congestion: "Congestion (blackheads, enlarged pores)",
  dehydration: "Dehydration",
} as const;
export type ObservedCondition = keyof typeof OBSERVED_CONDITION_LABELS;

const PHOTOTYPES = (Object.keys(FITZPATRICK_LABELS) as (keyof typeof FITZPATRICK_LABELS)[]).filter((key) => key !== "not-sure") as [
  Exclude<keyof typeof FITZPATRICK_LABELS, "not-sure">,
  ...Exclude<keyof typeof FITZPATRICK_LABELS, "not-sure">[],
];

/** "" = not assessed at this visit: the intake's answer stands. */
export const skinAnalysisSchema = z.object({
  skinType: z.union([z.enum(keysOf(SKIN_TYPE_LABELS)), z.literal("")]).default(""),
  fitzpatrick: z.union([z.enum(PHOTOTYPES), z.literal("")]).default(""),
  observed: z
    .array(z.enum(keysOf(OBSERVED_CONDITION_LABELS)))
    .max(10)
    .default([]),
});
export type SkinAnalysis = z.output<typeof skinAnalysisSchema>;
export const EMPTY_ANALYSIS: SkinAnalysis = { skinType: "", fitzpatrick: "", observed: [] };

/** Where the esthetician's analysis replaced or added to what the client told us. */
export interface PrecedenceNote {
  field: "skin type" | "phototype" | "observed";
  client: string | null;
  esthetician: string;
  /** For the client: "Your esthetician assessed your skin as oily today (you described it as combination)." */
  reason: string;
}

const OBSERVED_CONCERNS: Partial<Record<ObservedCondition, Concern[]>> = {
  sensitivity: ["sensitivity"],
  "active-acne": ["acne"],
  congestion: ["blackheads", "enlarged-pores"],
  dehydration: ["dehydration"],
};

const lower = (text: string) => text.toLowerCase();

/**
 * The intake as the plan and the avoid model read it once the esthetician has assessed the skin:
 * her skin type and phototype replace the client's; what she observed is added (a condition the
 * client did not mention is still there). Without an analysis the intake is returned unchanged.
 */
export function applySkinAnalysis(intake: IntakeAnswers, analysis: SkinAnalysis | null | undefined) {
  const notes: PrecedenceNote[] = [];
  if (!analysis) return { intake, notes };
  const skin = { ...intake.skin, concerns: [...intake.skin.concerns] };
  const history = { ...intake.skinHistory };
  if (analysis.skinType && analysis.skinType !== intake.skin.type) {
    const assessed = lower(SKIN_TYPE_LABELS[analysis.skinType]);
    const told = lower(SKIN_TYPE_LABELS[intake.skin.type]);
    notes.push({
      field: "skin type",
      client: intake.skin.type,
      esthetician: analysis.skinType,
      reason: `Your esthetician assessed your skin as ${assessed} today (you described it as ${told}).`,
    });
    skin.type = analysis.skinType;
    // The client's own word "sensitive" is replaced, and with it the sensitivity it implied.
    if (intake.skin.type === "sensitive") skin.concerns = skin.concerns.filter((concern) => concern !== "sensitivity");
  }
  if (analysis.fitzpatrick && analysis.fitzpatrick !== intake.skin.fitzpatrick) {
    notes.push({
      field: "phototype",
      client: intake.skin.fitzpatrick,
      esthetician: analysis.fitzpatrick,
      reason: `Your esthetician assessed how your skin reacts to the sun (phototype ${analysis.fitzpatrick}).`,
    });
    skin.fitzpatrick = analysis.fitzpatrick;
  }
  for (const observed of analysis.observed) {
    const added = (OBSERVED_CONCERNS[observed] ?? []).filter((concern) => !skin.concerns.includes(concern));
    skin.concerns.push(...added);
    const newHistory =
      (observed === "rosacea" && !history.rosacea) ||
      (observed === "dilated-capillaries" && !history.dilatedCapillaries) ||
      (observed === "active-acne" && !history.activeAcne);
    if (observed === "rosacea") history.rosacea = true;
    if (observed === "dilated-capillaries") history.dilatedCapillaries = true;
    if (observed === "active-acne") history.activeAcne = true;
    if (added.length > 0 || newHistory) {
      notes.push({
        field: "observed",
        client: null,
        esthetician: observed,
        reason: `Your esthetician noticed ${lower(OBSERVED_CONDITION_LABELS[observed]).replace(/ \(.*\)$/, "")} today.`,
      });
    }
  }
  return { intake: { ...intake, skin, skinHistory: history }, notes };
}
