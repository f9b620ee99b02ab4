import type { DeepPartial } from "@/lib/intake/draft";
import type { IntakeAnswers } from "@/lib/intake/schema";

/**
 * Intake answers FACTS.md asks for but has no contraindication row for. They are shown on the
 * chart and never flagged, never added to the avoid model: a rule without a clinical source would
 * be a guess. docs/clinical/unflagged-intake-answers.md lists the same answers for a clinician to
 * write rows for (a unit test keeps the two and the ruleset in step).
 */
export const UNFLAGGED_INTAKE_ANSWERS: readonly { path: string; label: string; example: DeepPartial<IntakeAnswers> }[] = [
  {
    path: "medical.doctorsCare",
    label: "Under a doctor's or dermatologist's care in the past year",
    example: { medical: { doctorsCare: { yes: true, details: "dermatologist" } } },
  },
  {
    path: "medical.surgery",
    label: "Surgery in the past nine months (not on the face)",
    example: { medical: { surgery: { yes: true, date: "2026-05-01", details: "knee" } } },
  },
  { path: "medical.conditions: cancer", label: "Cancer, now or in the past", example: { medical: { conditions: ["cancer"] } } },
  { path: "medical.conditions: epilepsy", label: "Epilepsy", example: { medical: { conditions: ["epilepsy"] } } },
  { path: "medical.conditions: heart", label: "Heart condition", example: { medical: { conditions: ["heart"] } } },
  { path: "medical.conditions: thyroid", label: "Thyroid condition", example: { medical: { conditions: ["thyroid"] } } },
  { path: "medical.conditions: hormonal", label: "Hormonal imbalance", example: { medical: { conditions: ["hormonal"] } } },
  { path: "medical.conditions: autoimmune", label: "Autoimmune condition", example: { medical: { conditions: ["autoimmune"] } } },
  {
    path: "medical.otherMedications",
    label: "Other medications and supplements",
    example: { medical: { otherMedications: "levothyroxine" } },
  },
  {
    path: "actives.hydroquinone",
    label: "Hydroquinone use (ruled out only while pregnant or nursing)",
    example: { actives: { hydroquinone: { status: "current" } } },
  },
  {
    path: "actives.vitaminC",
    label: "Vitamin C use (paused only in the aftercare)",
    example: { actives: { vitaminC: { status: "current" } } },
  },
  {
    path: "actives.acneMedication",
    label: "Acne medication other than isotretinoin",
    example: { actives: { acneMedication: { status: "current", details: "doxycycline" } } },
  },
  { path: "pregnancy.planningPregnancy", label: "Planning a pregnancy", example: { pregnancy: { planningPregnancy: true } } },
  { path: "pregnancy.hormoneTherapy", label: "Hormone therapy", example: { pregnancy: { hormoneTherapy: true } } },
  {
    path: "skinHistory.eczemaPsoriasisDermatitis (not flaring)",
    label: "Eczema, psoriasis or dermatitis that is not flaring now",
    example: { skinHistory: { eczemaPsoriasisDermatitis: { yes: true, flaringNow: false, areas: [] } } },
  },
  { path: "skinHistory.activeAcne", label: "Active acne (shapes the routine only)", example: { skinHistory: { activeAcne: true } } },
  { path: "devices.contactLenses", label: "Contact lenses", example: { devices: { contactLenses: true } } },
  {
    path: "hairRemoval.threading",
    label: "Threading in the last days",
    example: { hairRemoval: { threading: { yes: true, date: "2026-07-14" } } },
  },
  {
    path: "hairRemoval.depilatory",
    label: "Depilatory cream in the last days",
    example: { hairRemoval: { depilatory: { yes: true, date: "2026-07-14" } } },
  },
  {
    path: "procedures.chemicalPeel",
    label: "A recent chemical peel elsewhere",
    example: { procedures: { chemicalPeel: { yes: true, date: "2026-07-12" } } },
  },
  {
    path: "procedures.laserNonAblative",
    label: "Recent non-ablative laser",
    example: { procedures: { laserNonAblative: { yes: true, date: "2026-07-12" } } },
  },
  {
    path: "procedures.microdermabrasion",
    label: "Recent microdermabrasion elsewhere",
    example: { procedures: { microdermabrasion: { yes: true, date: "2026-07-12" } } },
  },
  { path: "lifestyle.smoking", label: "Smoking", example: { lifestyle: { smoking: true } } },
  { path: "lifestyle.sunExposure", label: "High sun exposure (outdoor work or sport)", example: { lifestyle: { sunExposure: "high" } } },
];
