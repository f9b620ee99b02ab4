import type { ContraindicationFlag, TreatmentStep } from "@/lib/contraindications";
import { ALLERGEN_INGREDIENT, type IngredientId } from "@/lib/intake/ingredients";
import type { Concern, SkinType } from "@/lib/intake/options";
import type { BuildPlanInput } from "./types";

/** What the rules read, derived once from the engine's input. */
export interface PlanContext {
  input: BuildPlanInput;
  performed: ReadonlySet<TreatmentStep>;
  skinType: SkinType | null;
  concerns: readonly Concern[];
  /** Sensitive by type, by concern, or with rosacea/dilated capillaries. */
  sensitive: boolean;
  rosacea: boolean;
  pregnant: boolean;
  /** Ingredient ids the client reported an allergy to (ALLERGEN_INGREDIENT). */
  allergens: readonly IngredientId[];
  flag(id: string): ContraindicationFlag | undefined;
}

export function buildContext(input: BuildPlanInput): PlanContext {
  const performed = new Set(input.note.steps.filter((step) => step.performed).map((step) => step.step));
  const intake = input.intake;
  const concerns = intake?.skin.concerns ?? [];
  const rosacea = Boolean(intake?.skinHistory.rosacea || intake?.skinHistory.dilatedCapillaries);
  const skinType = intake?.skin.type ?? null;
  const allergens = (intake?.allergies.ingredients ?? [])
    .map((id) => ALLERGEN_INGREDIENT[id])
    .filter((id): id is IngredientId => id !== null);
  const byId = new Map(input.flags.map((flag) => [flag.id, flag]));
  return {
    input,
    performed,
    skinType,
    concerns,
    sensitive: skinType === "sensitive" || concerns.includes("sensitivity") || rosacea,
    rosacea,
    pregnant: Boolean(intake?.pregnancy.pregnant || intake?.pregnancy.nursing),
    allergens,
    flag: (id) => byId.get(id),
  };
}

/** Steps after which the skin is open or freshly exfoliated: heat, sweat and actives wait. */
export const OPENING_STEPS: readonly TreatmentStep[] = ["STEAM", "EXTRACTION", "EXFOLIATION_PHYSICAL", "EXFOLIATION_CHEMICAL", "PEEL"];

export function performedAny(context: PlanContext, steps: readonly TreatmentStep[]): TreatmentStep[] {
  return steps.filter((step) => context.performed.has(step));
}

export function isOily(context: PlanContext): boolean {
  return context.skinType === "oily" || context.concerns.includes("acne") || Boolean(context.input.intake?.skinHistory.activeAcne);
}
