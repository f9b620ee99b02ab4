export { computeAvoidModel, AVOID_MODEL_VERSION, reasonOfFlag } from "./model";
export type { AvoidModelInput } from "./model";
export * from "./types";
export * from "./checks";
export { avoidModelSchema } from "./schema";
export { applySkinAnalysis, skinAnalysisSchema, EMPTY_ANALYSIS, OBSERVED_CONDITION_LABELS } from "./analysis";
export type { SkinAnalysis, PrecedenceNote, ObservedCondition } from "./analysis";
export { ACTIVES, ACTIVE_IDS, HOME_STEP_LABELS, activesOfIngredients, findMentions, ingredientsOfActive, labelOfKey } from "./vocabulary";
export type { ActiveId, Mention, MentionKey } from "./vocabulary";
export {
  ACTIVES_PAUSE_DAYS,
  AFTERCARE_SOURCE,
  GENTLE_PRODUCTS_DAYS,
  HEALING_DAYS,
  HEAT_PAUSE_DAYS,
  OPENING_STEPS,
  PAUSED_ACTIVES,
  RETINOID_USER_PAUSE_DAYS,
} from "./aftercare";
export { clearedWhenFor, DEFAULT_CLEARED_WHEN } from "./cleared";
