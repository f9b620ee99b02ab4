/**
 * The intake form's closed answer lists, each with the label shown on the form and the chart.
 * The keys are the stored values (kebab-case, stable): renaming one is a new INTAKE_FORM_VERSION.
 */

/** The keys of a label table as the non-empty tuple z.enum wants. */
export function keysOf<K extends string>(labels: Record<K, string>): [K, ...K[]] {
  return Object.keys(labels) as [K, ...K[]];
}

export const SKIN_TYPE_LABELS = {
  normal: "Normal",
  dry: "Dry",
  oily: "Oily",
  combination: "Combination",
  sensitive: "Sensitive",
} as const;
export type SkinType = keyof typeof SKIN_TYPE_LABELS;

// FACTS.md "Skin classification": I always burns, never tans … VI rarely or never burns.
export const FITZPATRICK_LABELS = {
  I: "I — always burns, never tans",
  II: "II — usually burns, tans a little",
  III: "III — sometimes burns, tans gradually",
  IV: "IV — rarely burns, tans easily",
  V: "V — very rarely burns, tans deeply",
  VI: "VI — never burns",
  "not-sure": "Not sure",
} as const;
export type Fitzpatrick = keyof typeof FITZPATRICK_LABELS;

export const CONCERN_LABELS = {
  acne: "Acne",
  blackheads: "Blackheads",
  "enlarged-pores": "Enlarged pores",
  dullness: "Dullness",
  texture: "Uneven texture",
  pigmentation: "Pigmentation or dark spots",
  "fine-lines": "Fine lines",
  dehydration: "Dehydration",
  redness: "Redness",
  sensitivity: "Sensitivity",
} as const;
export type Concern = keyof typeof CONCERN_LABELS;

export const CONDITION_LABELS = {
  cancer: "Cancer (now or in the past)",
  epilepsy: "Epilepsy",
  heart: "Heart condition",
  thyroid: "Thyroid condition",
  hormonal: "Hormonal imbalance",
  diabetes: "Diabetes",
  autoimmune: "Autoimmune condition",
} as const;
export type Condition = keyof typeof CONDITION_LABELS;

export const ACTIVE_STATUS_LABELS = {
  no: "No",
  current: "Yes, I use it now",
  stopped: "I used it and stopped",
} as const;
export type ActiveStatus = keyof typeof ACTIVE_STATUS_LABELS;

export const RETINOID_LABELS = {
  tretinoin: "Tretinoin",
  adapalene: "Adapalene",
  tazarotene: "Tazarotene",
  retinol: "Retinol",
} as const;
export type Retinoid = keyof typeof RETINOID_LABELS;

export const FACE_AREA_LABELS = {
  forehead: "Forehead",
  "between-brows": "Between the brows",
  "around-eyes": "Around the eyes",
  nose: "Nose",
  cheeks: "Cheeks",
  lips: "Lips and mouth",
  chin: "Chin",
  jaw: "Jawline",
  neck: "Neck",
  decollete: "Chest (décolleté)",
} as const;
export type FaceArea = keyof typeof FACE_AREA_LABELS;

export const SUN_EXPOSURE_LABELS = {
  low: "Low — mostly indoors",
  moderate: "Moderate — some time outdoors most days",
  high: "High — outdoors a lot, or outdoor work or sport",
} as const;
export type SunExposure = keyof typeof SUN_EXPOSURE_LABELS;
