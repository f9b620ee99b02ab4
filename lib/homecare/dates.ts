import { addDays, type LocalDate } from "@/lib/dates/local-date";
import { OPENING_STEPS, performedAny, type PlanContext } from "./context";
import { AFTERCARE, FAQ_FREQUENCY, factsRow } from "./sources";
import type { DatedAdvice, HomecarePlan } from "./types";

/** FACTS.md aftercare: actives wait 48–72 hours; the plan takes the conservative end. */
export const ACTIVES_PAUSE_DAYS = 3;
/** FACTS.md row "topical retinoids, AHA/BHA in the last 5 days": "stop again for 5 days after". */
export const RETINOID_USER_PAUSE_DAYS = 5;
/** Skin renews in about 28 days: rebook in 4–6 weeks. */
export const NEXT_VISIT_FROM_DAYS = 28;
export const NEXT_VISIT_TO_DAYS = 42;

export function activesResumeOn(context: PlanContext): DatedAdvice | null {
  const opened = performedAny(context, OPENING_STEPS);
  if (opened.length === 0) return null;
  const visit = context.input.visitDate;
  const flag = context.flag("topical-actives-recent");
  if (flag) {
    return {
      date: addDays(visit, RETINOID_USER_PAUSE_DAYS),
      reason: `You use a retinoid or AHA/BHA (${flag.staffReason.replace(/\.$/, "")}): pause them for ${RETINOID_USER_PAUSE_DAYS} days after the treatment.`,
      source: factsRow("topical retinoids, AHA/BHA in the last 5 days (sources range 3–14)"),
    };
  }
  return {
    date: addDays(visit, ACTIVES_PAUSE_DAYS),
    reason: "After steam, extraction or exfoliation the skin needs 48–72 hours before actives; we use the full 72.",
    source: AFTERCARE,
  };
}

/**
 * 4–6 weeks after the visit. A treatment block that ends inside that window (isotretinoin's six
 * months, a recent procedure) moves the start to the day it ends, so the next facial can be a full
 * one; a block that ends later is named in the reason. Intake records no age, so FACTS.md's "more
 * slowly with age" cannot lengthen the window here.
 */
export function nextVisitWindow(context: PlanContext): HomecarePlan["nextVisit"] {
  const visit = context.input.visitDate;
  let from: LocalDate = addDays(visit, NEXT_VISIT_FROM_DAYS);
  const to = addDays(visit, NEXT_VISIT_TO_DAYS);
  const notes: string[] = [];
  for (const flag of context.input.flags) {
    const until = flag.severity === "BLOCK" && flag.affectedSteps !== "PRODUCTS" ? flag.window?.until : undefined;
    if (!until || until <= from) continue;
    if (until <= to) {
      from = until;
      notes.push(`from ${until}, when "${flag.id}" no longer limits the treatment`);
    } else notes.push(`"${flag.id}" still limits some steps until ${until}`);
  }
  const base = "Skin renews in about 28 days, so a deep cleansing facial every 4–6 weeks keeps the results.";
  return { from, to, reason: notes.length > 0 ? `${base} Booked ${notes.join("; ")}.` : base, source: FAQ_FREQUENCY };
}
