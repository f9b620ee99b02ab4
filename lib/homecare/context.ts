import { applySkinAnalysis, OPENING_STEPS, type AvoidModel, type PrecedenceNote, type TreatmentStep } from "@/lib/contraindications";
import type { IngredientId } from "@/lib/intake/ingredients";
import type { Concern, SkinType } from "@/lib/intake/options";
import type { IntakeAnswers } from "@/lib/intake/schema";
import type { BuildPlanInput } from "./types";

/** What the rules read, derived once from the engine's input. */
export interface PlanContext {
  input: BuildPlanInput;
  avoid: AvoidModel;
  visitDate: string;
  performed: ReadonlySet<TreatmentStep>;
  /** The intake with the esthetician's analysis applied (her skin type takes precedence). */
  intake: IntakeAnswers | null;
  precedence: readonly PrecedenceNote[];
  skinType: SkinType | null;
  concerns: readonly Concern[];
  /** Sensitive by type, by concern, or with rosacea/dilated capillaries. */
  sensitive: boolean;
  rosacea: boolean;
  pregnant: boolean;
  /** Ingredient ids the client is allergic to (ticked or typed), for "free of …" in product reasons. */
  allergens: readonly IngredientId[];
  /** The end of the post-treatment actives pause, or the visit date when nothing is paused. */
  horizon: string;
}

export function buildContext(input: BuildPlanInput): PlanContext {
  if (input.avoid.visitDate !== input.visitDate) {
    throw new RangeError(`The avoid model is for ${input.avoid.visitDate}, the plan for ${input.visitDate}`);
  }
  const performed = new Set(input.note.steps.filter((step) => step.performed).map((step) => step.step));
  const { intake, notes } = input.intake ? applySkinAnalysis(input.intake, input.note.analysis) : { intake: null, notes: [] };
  const concerns = intake?.skin.concerns ?? [];
  const rosacea = Boolean(intake?.skinHistory.rosacea || intake?.skinHistory.dilatedCapillaries);
  const skinType = intake?.skin.type ?? null;
  const allergens = [
    ...new Set(input.avoid.allergies.matched.filter((match) => !match.caution).flatMap((match) => match.ingredients)),
  ] as IngredientId[];
  return {
    input,
    avoid: input.avoid,
    visitDate: input.visitDate,
    performed,
    intake,
    precedence: notes,
    skinType,
    concerns,
    sensitive: skinType === "sensitive" || concerns.includes("sensitivity") || rosacea,
    rosacea,
    pregnant: Boolean(intake?.pregnancy.pregnant || intake?.pregnancy.nursing),
    allergens,
    horizon: input.avoid.activesPauseUntil ?? input.visitDate,
  };
}

export { OPENING_STEPS };

export function performedAny(context: PlanContext, steps: readonly TreatmentStep[]): TreatmentStep[] {
  return steps.filter((step) => context.performed.has(step));
}

export function isOily(context: PlanContext): boolean {
  return context.skinType === "oily" || context.concerns.includes("acne") || Boolean(context.intake?.skinHistory.activeAcne);
}
