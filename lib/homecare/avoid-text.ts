import {
  allowedFrom,
  conflictsOf,
  DEFAULT_CLEARED_WHEN,
  uniqueReasons,
  type AvoidReason,
  type Tags,
  type Until,
} from "@/lib/contraindications";
import { formatLocalDate } from "@/lib/format/calendar";
import type { PlanContext } from "./context";

/** A date in a line of advice: "March 15, 2030". */
export function dateText(date: string): string {
  return formatLocalDate(date, "long");
}

/** "until March 15, 2030", or for "until cleared" the condition in the client's words. */
export function untilText(until: Until, reasons: readonly AvoidReason[]): string {
  if (until !== "cleared") return `until ${dateText(until)}`;
  const conditions = [...new Set(reasons.flatMap((reason) => (reason.clearedWhen ? [reason.clearedWhen] : [])))];
  return conditions.length > 0 ? conditions.join(", and ") : DEFAULT_CLEARED_WHEN;
}

/** "Because you're pregnant or breastfeeding." for each distinct reason, in the client's words. */
export function becauseText(reasons: readonly AvoidReason[]): string {
  const clauses = [...new Set(reasons.map((reason) => reason.clientReason))];
  return clauses.map((clause) => `Because ${clause}.`).join(" ");
}

/** The staff-facing names of the rules behind a line. */
export function ruleNames(reasons: readonly AvoidReason[]): string {
  return [...new Set(reasons.map((reason) => reason.ruleName))].join("; ");
}

/** When the tagged things are allowed at home from the visit on, and why not before. */
export function homeWindow(context: PlanContext, tags: Tags): { from: Until; reasons: AvoidReason[] } {
  const from = allowedFrom(context.avoid, tags, "home", context.visitDate);
  const reasons = uniqueReasons(conflictsOf(context.avoid, tags, { where: "home", date: context.visitDate }));
  return { from, reasons };
}

/** Allowed within the aftercare pause (or at once): advice can name it with a start date. */
export function isSoon(from: Until, context: PlanContext): from is string {
  return from !== "cleared" && from <= context.horizon;
}

/** The later of the visit date and a start date, as a phrase to end advice with ("" when it is today). */
export function startingText(from: string, context: PlanContext): string {
  return from > context.visitDate ? `, starting ${dateText(from)}` : "";
}
