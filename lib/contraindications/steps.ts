import type { TreatmentStep } from "./types";

/**
 * How FACTS.md's words map onto the service steps. The step list has no separate step for
 * microdermabrasion, laser or suction, so each maps to the step where it would happen, erring on
 * the side of flagging: microdermabrasion and "aggressive exfoliation" → EXFOLIATION_PHYSICAL,
 * suction → EXTRACTION; laser has no step, so laser-only implications appear in the reasons only.
 */
export const HEAT: readonly TreatmentStep[] = ["STEAM"];
export const PEELS: readonly TreatmentStep[] = ["PEEL"];
/** "peel or chemical exfoliation" */
export const CHEMICAL: readonly TreatmentStep[] = ["PEEL", "EXFOLIATION_CHEMICAL"];
export const PHYSICAL_EXFOLIATION: readonly TreatmentStep[] = ["EXFOLIATION_PHYSICAL"];
/** "exfoliation" of any kind, peels included */
export const ALL_EXFOLIATION: readonly TreatmentStep[] = ["EXFOLIATION_PHYSICAL", "EXFOLIATION_CHEMICAL", "PEEL"];
export const EXTRACTION: readonly TreatmentStep[] = ["EXTRACTION"];
/** "massage or pressure": facial massage and manual extraction both press on the skin */
export const PRESSURE: readonly TreatmentStep[] = ["MASSAGE", "EXTRACTION"];
export const ELECTRICAL: readonly TreatmentStep[] = ["ELECTRICAL_STIMULATION"];
export const WAXING: readonly TreatmentStep[] = ["WAXING"];
