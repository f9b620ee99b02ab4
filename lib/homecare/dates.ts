import { ACTIVES, ACTIVES_PAUSE_DAYS, RETINOID_USER_PAUSE_DAYS, serviceBlock, type TreatmentStep } from "@/lib/contraindications";
import { addDays, type LocalDate } from "@/lib/dates/local-date";
import { pausedActives } from "./aftercare";
import { becauseText, dateText, untilText } from "./avoid-text";
import type { PlanContext } from "./context";
import { AFTERCARE, FAQ_FREQUENCY, factsRow } from "./sources";
import type { ActivesResume, NextVisit } from "./types";

export { ACTIVES_PAUSE_DAYS, RETINOID_USER_PAUSE_DAYS };

/** Skin renews in about 28 days: rebook in 4–6 weeks. */
export const NEXT_VISIT_FROM_DAYS = 28;
export const NEXT_VISIT_TO_DAYS = 42;
/** A window that has to start later than six weeks (a long block) stays two weeks wide. */
const LATE_WINDOW_DAYS = 14;

/**
 * When the paused actives may be eased back in, and — never as resume advice — those a condition
 * keeps off for longer, each with its own date or "while …" and why.
 */
export function activesResumeOn(context: PlanContext): ActivesResume | null {
  const { until, resume, held } = pausedActives(context);
  if (!until) return null;
  const retinoidUser = until === addDays(context.visitDate, RETINOID_USER_PAUSE_DAYS);
  const heldActives = held.filter((item) => item.active);
  return {
    date: until,
    reason: retinoidUser
      ? `You use a retinoid or AHA/BHA: pause them for ${RETINOID_USER_PAUSE_DAYS} days after the treatment.`
      : "After steam, extraction or exfoliation the skin needs 48–72 hours before actives; we use the full 72.",
    source: retinoidUser ? factsRow("topical retinoids, AHA/BHA in the last 5 days (sources range 3–14)") : AFTERCARE,
    rule: retinoidUser ? "Aftercare: pause actives (retinoid or AHA/BHA user: 5 days)" : "Aftercare: pause actives",
    resumes: { actives: resume.flatMap((item) => (item.active ? [item.active] : [])) },
    exceptions: heldActives.map((item) => ({
      label: ACTIVES[item.active!].label,
      until: item.until,
      text: `${ACTIVES[item.active!].label}: not ${item.when}.`,
      reason: becauseText(item.reasons),
    })),
  };
}

/**
 * 4–6 weeks after the visit, for the same treatment. When the avoid model rules the treatment out
 * then, the window moves to the first day it is allowed again (kept two weeks wide); when it is
 * ruled out until a condition is cleared, the plan asks the client to talk to the spa instead of
 * offering a booking the booking page would refuse. Intake records no age, so FACTS.md's "more
 * slowly with age" cannot lengthen the window here.
 */
export function nextVisitWindow(context: PlanContext): NextVisit {
  const visit = context.visitDate;
  const steps: readonly TreatmentStep[] = context.input.serviceSteps ?? [...context.performed];
  const from: LocalDate = addDays(visit, NEXT_VISIT_FROM_DAYS);
  const to = addDays(visit, NEXT_VISIT_TO_DAYS);
  const base = "Skin renews in about 28 days, so a deep cleansing facial every 4–6 weeks keeps the results.";
  const block = serviceBlock(context.avoid, steps, from);
  const common = { source: FAQ_FREQUENCY };
  if (!block) return { from, to, reason: base, ...common };
  const because = becauseText(block.reasons);
  if (block.until === "cleared") {
    return {
      from,
      to,
      bookable: false,
      reason: `${base} This treatment isn't right for you ${untilText("cleared", block.reasons)}, so talk to us before booking and we'll suggest one that is. ${because}`,
      ...common,
    };
  }
  const start = block.until;
  const end = start <= to ? to : addDays(start, LATE_WINDOW_DAYS);
  return { from: start, to: end, reason: `${base} Not before ${dateText(start)}. ${because}`, ...common };
}
