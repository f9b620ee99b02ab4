import type { DeepPartial } from "@/lib/intake/draft";
import { buildIntakeAnswers } from "@/tests/support/intake";
import type { IntakeAnswers } from "@/lib/intake/schema";
import { evaluateContraindications } from "@/lib/contraindications/evaluate";
import type { ContraindicationOptionsInput } from "@/lib/contraindications/options";
import type { ContraindicationFlag, TreatmentStep } from "@/lib/contraindications/types";

/** The domain article's professional deep pore cleansing facial. */
export const DEEP_PORE_FACIAL: TreatmentStep[] = [
  "CLEANSE",
  "SKIN_ANALYSIS",
  "STEAM",
  "EXFOLIATION_PHYSICAL",
  "EXTRACTION",
  "MASSAGE",
  "MASK",
  "TONE",
  "MOISTURISE",
];
export const SALICYLIC_PEEL: TreatmentStep[] = ["CLEANSE", "PEEL", "EXFOLIATION_CHEMICAL", "MOISTURISE", "SUNSCREEN"];
export const LED_ONLY: TreatmentStep[] = ["CLEANSE", "LED", "MOISTURISE"];
/** A service with every step, so that a rule shows everything it can affect. */
export const EVERY_STEP: TreatmentStep[] = [
  "CLEANSE",
  "SKIN_ANALYSIS",
  "STEAM",
  "EXFOLIATION_PHYSICAL",
  "EXFOLIATION_CHEMICAL",
  "EXTRACTION",
  "MASSAGE",
  "MASK",
  "TONE",
  "MOISTURISE",
  "PEEL",
  "LED",
  "ELECTRICAL_STIMULATION",
  "WAXING",
  "SUNSCREEN",
];

export const VISIT = "2026-07-15";

interface EvaluateOptions {
  steps?: readonly TreatmentStep[];
  visitDate?: string;
  options?: ContraindicationOptionsInput;
}

/** The flags for the "no to everything" client with `answers` changed. */
export function flagsFor(answers: DeepPartial<IntakeAnswers>, settings: EvaluateOptions = {}): ContraindicationFlag[] {
  return evaluateContraindications({
    intake: buildIntakeAnswers(answers),
    steps: settings.steps ?? EVERY_STEP,
    visitDate: settings.visitDate ?? VISIT,
    options: settings.options,
  }).flags;
}

export function flagById(flags: readonly ContraindicationFlag[], id: string): ContraindicationFlag | undefined {
  return flags.find((flag) => flag.id === id);
}
