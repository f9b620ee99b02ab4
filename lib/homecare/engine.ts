import { isLocalDate } from "@/lib/dates/local-date";
import { firstDaysLines } from "./aftercare";
import { buildContext } from "./context";
import { activesResumeOn, nextVisitWindow } from "./dates";
import { productLines } from "./products";
import { eveningLines, morningLines } from "./routine";
import { HOMECARE_ENGINE_VERSION, type BuildPlanInput, type HomecarePlan } from "./types";
import { warningLines } from "./warnings";
import { weeklyLines } from "./weekly";

/**
 * (intake, signed note, flags, catalogue, visit date) → the client's homecare plan. Pure: the
 * same input always gives the same plan, and every line says which answer, step or rule put it
 * there. The esthetician reviews and edits the draft before the client sees it.
 */
export function buildHomecarePlan(input: BuildPlanInput): HomecarePlan {
  if (!isLocalDate(input.visitDate)) throw new RangeError(`Invalid visit date: ${input.visitDate}`);
  const context = buildContext(input);
  return {
    version: HOMECARE_ENGINE_VERSION,
    visitDate: input.visitDate,
    sections: {
      first72Hours: firstDaysLines(context),
      morningRoutine: morningLines(context),
      eveningRoutine: eveningLines(context),
      weekly: weeklyLines(context),
      products: productLines(context),
      warningSigns: warningLines(context),
    },
    activesResumeOn: activesResumeOn(context),
    nextVisit: nextVisitWindow(context),
  };
}
