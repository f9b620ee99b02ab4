import { computeAvoidModel, type AvoidModel } from "@/lib/contraindications";
import type { LocalDate } from "@/lib/dates/local-date";
import type { IntakeAnswers } from "@/lib/intake/schema";
import type { PlanNote } from "./types";

/**
 * The avoid model a plan is drafted against: the intake for the visit, the esthetician's analysis
 * from the note, and the steps the note says were performed (their aftercare windows).
 */
export function avoidModelForPlan(input: { intake: IntakeAnswers | null; visitDate: LocalDate; note: PlanNote }): AvoidModel {
  return computeAvoidModel({
    intake: input.intake,
    visitDate: input.visitDate,
    analysis: input.note.analysis ?? null,
    performedSteps: input.note.steps.filter((step) => step.performed).map((step) => step.step),
  });
}
