import type { TreatmentStep } from "@/lib/db/generated/enums";

export const STEP_LABELS: Record<TreatmentStep, string> = {
  CLEANSE: "Cleanse",
  SKIN_ANALYSIS: "Skin analysis",
  STEAM: "Steam",
  EXFOLIATION_PHYSICAL: "Physical exfoliation",
  EXFOLIATION_CHEMICAL: "Chemical exfoliation",
  EXTRACTION: "Extraction",
  MASSAGE: "Massage",
  MASK: "Mask",
  TONE: "Tone",
  MOISTURISE: "Moisturise",
  PEEL: "Peel",
  LED: "LED light therapy",
  ELECTRICAL_STIMULATION: "Electrical stimulation",
  WAXING: "Waxing",
  SUNSCREEN: "Sunscreen",
};
