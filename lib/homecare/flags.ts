import { evaluateContraindications, type ContraindicationFlag } from "@/lib/contraindications";
import { TreatmentStep } from "@/lib/db/generated/enums";
import type { LocalDate } from "@/lib/dates/local-date";
import type { IntakeAnswers } from "@/lib/intake/schema";

const EVERY_STEP = Object.values(TreatmentStep);

/**
 * The flags homecare reads are evaluated over every step, not only the booked service's: a client
 * on isotretinoin must not exfoliate at home even if today's facial had no exfoliation step.
 */
export function homecareFlags(intake: IntakeAnswers | null, visitDate: LocalDate): ContraindicationFlag[] {
  return intake ? evaluateContraindications({ intake, steps: EVERY_STEP, visitDate }).flags : [];
}
