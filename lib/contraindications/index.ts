export { blockedSteps, blocksService, evaluateContraindications, flagsBySeverity, flagsForIngredients } from "./evaluate";
export type { EvaluateContraindicationsInput } from "./evaluate";
export { DEFAULT_CONTRAINDICATION_OPTIONS, contraindicationOptionsSchema, resolveContraindicationOptions } from "./options";
export type { ContraindicationOptions, ContraindicationOptionsInput } from "./options";
export { RULESET, RULESET_VERSION } from "./ruleset";
export { SEVERITIES } from "./types";
export type { AffectedSteps, ContraindicationFlag, ContraindicationResult, FlagWindow, Rule, Severity, TreatmentStep } from "./types";
export { deskFlagSummary, SEVERITY_LABELS, topSeverity, type DeskFlag } from "./summary";
export * from "./avoid";
