import { isLocalDate } from "@/lib/dates/local-date";
import { formatLocalDate } from "@/lib/format/calendar";
import { firstDaysLines } from "./aftercare";
import { avoidLines } from "./avoid-lines";
import { buildContext } from "./context";
import { activesResumeOn, nextVisitWindow } from "./dates";
import { productLines } from "./products";
import { eveningLines, morningLines } from "./routine";
import { HOMECARE_ENGINE_VERSION, type BuildPlanInput, type HomecarePlan, type PlanIntake } from "./types";
import { warningLines } from "./warnings";
import { weeklyLines } from "./weekly";

function intakeNotes(intake: PlanIntake): string[] {
  if (intake.state === "expired") {
    const on = intake.submittedOn ? ` (submitted on ${formatLocalDate(intake.submittedOn, "long")})` : "";
    return [
      `Intake out of date: the client's intake${on} had expired by this visit. The plan is drafted from it; ask the client to renew it and check the plan before publishing.`,
    ];
  }
  if (intake.state === "missing")
    return ["No intake on file: the plan gives general advice, and every product needs a label check with the client."];
  return [];
}

/**
 * (intake, signed note, avoid model, catalogue, visit date) → the client's homecare plan. Pure: the
 * same input always gives the same plan. Every line says which answer, step or rule put it there,
 * and what it recommends or forbids and from or until when, so the plan can be checked against the
 * avoid model and against itself (lib/homecare/consistency.ts). The esthetician reviews the draft.
 */
export function buildHomecarePlan(input: BuildPlanInput): HomecarePlan {
  if (!isLocalDate(input.visitDate)) throw new RangeError(`Invalid visit date: ${input.visitDate}`);
  const context = buildContext(input);
  const intake: PlanIntake = input.intakeState ?? { state: input.intake ? "current" : "missing", submittedOn: null };
  const reviewNotes = intakeNotes(intake);
  const sections = {
    first72Hours: firstDaysLines(context, reviewNotes),
    morningRoutine: morningLines(context),
    eveningRoutine: eveningLines(context),
    weekly: weeklyLines(context),
    products: productLines(context),
    avoid: avoidLines(context),
    warningSigns: warningLines(context),
  };
  return {
    version: HOMECARE_ENGINE_VERSION,
    visitDate: input.visitDate,
    intake,
    sections,
    activesResumeOn: activesResumeOn(context),
    nextVisit: nextVisitWindow(context),
    avoid: input.avoid,
    reviewNotes,
  };
}
