import type { IngredientId } from "@/lib/intake/ingredients";
import { isLocalDate, type LocalDate } from "@/lib/dates/local-date";
import type { IntakeAnswers } from "@/lib/intake/schema";
import { resolveContraindicationOptions, type ContraindicationOptionsInput } from "./options";
import { RULESET, RULESET_VERSION } from "./ruleset";
import {
  SEVERITIES,
  type AffectedSteps,
  type ContraindicationFlag,
  type ContraindicationResult,
  type Rule,
  type RuleMatch,
  type Severity,
  type TreatmentStep,
} from "./types";

export interface EvaluateContraindicationsInput {
  intake: IntakeAnswers;
  /** The booked service's steps. */
  steps: readonly TreatmentStep[];
  /** The appointment's local date in the spa's zone; every window is measured to it. */
  visitDate: LocalDate;
  options?: ContraindicationOptionsInput;
}

/**
 * Intake answers × a service's steps × the visit date → the flags that apply, most serious first.
 * A rule about steps the service does not have raises nothing (rosacea on an LED-only service has
 * no steam to block); rules about the whole service or its products always apply.
 * Answers about "right now" (fever, sunburn, a flare) are taken as still true on the visit date:
 * the esthetician re-asks them at check-in.
 */
export function evaluateContraindications(input: EvaluateContraindicationsInput): ContraindicationResult {
  if (!isLocalDate(input.visitDate)) throw new RangeError(`Invalid visit date: ${input.visitDate}`);
  const context = { intake: input.intake, visitDate: input.visitDate, options: resolveContraindicationOptions(input.options) };
  const flags: ContraindicationFlag[] = [];
  for (const rule of RULESET) {
    const match = rule.match(context);
    const affectedSteps = match && affectedStepsOf(rule, input.steps);
    if (match && affectedSteps) flags.push(toFlag(rule, match, affectedSteps));
  }
  const rank = (flag: ContraindicationFlag) => SEVERITIES.indexOf(flag.severity);
  return { rulesetVersion: RULESET_VERSION, flags: flags.sort((a, b) => rank(a) - rank(b)) };
}

/** The rule's steps that the service has, in the service's order; null when it has none of them. */
function affectedStepsOf(rule: Rule, serviceSteps: readonly TreatmentStep[]): AffectedSteps | null {
  if (rule.steps === "WHOLE_SERVICE" || rule.steps === "PRODUCTS") return rule.steps;
  const ruleSteps = rule.steps;
  const affected = serviceSteps.filter((step, index) => ruleSteps.includes(step) && serviceSteps.indexOf(step) === index);
  return affected.length > 0 ? affected : null;
}

function toFlag(rule: Rule, match: RuleMatch, affectedSteps: AffectedSteps): ContraindicationFlag {
  return {
    id: rule.id,
    name: rule.name,
    severity: match.severity ?? rule.severity,
    affectedSteps,
    window: match.window ?? null,
    staffReason: match.detail ? `${rule.staffReason} (${match.detail}).` : `${rule.staffReason}.`,
    clientMessage: rule.clientMessage,
    clientReason: rule.clientReason,
    source: rule.source,
    ingredients: [...(match.ingredients ?? rule.ingredients ?? [])],
  };
}

/**
 * True when a BLOCK applies to the service: to the whole service or to one of its steps. Online
 * booking stops on it; a PRODUCTS block (an allergen) only rules products out and does not count.
 * Flags from evaluateContraindications already concern only the service's steps; pass `steps` to
 * ask about another service with flags computed for a different one.
 */
export function blocksService(flags: readonly ContraindicationFlag[], steps?: readonly TreatmentStep[]): boolean {
  return flags.some((flag) => {
    if (flag.severity !== "BLOCK" || flag.affectedSteps === "PRODUCTS") return false;
    if (flag.affectedSteps === "WHOLE_SERVICE" || !steps) return true;
    return flag.affectedSteps.some((step) => steps.includes(step));
  });
}

/** The service's steps under a BLOCK, for the note form to pre-mark as skipped. */
export function blockedSteps(flags: readonly ContraindicationFlag[]): TreatmentStep[] {
  const steps = new Set<TreatmentStep>();
  for (const flag of flags) {
    if (flag.severity === "BLOCK" && Array.isArray(flag.affectedSteps)) flag.affectedSteps.forEach((step) => steps.add(step));
  }
  return [...steps];
}

/** Flags grouped for the chart, every severity present (possibly empty), most serious first. */
export function flagsBySeverity(flags: readonly ContraindicationFlag[]): Record<Severity, ContraindicationFlag[]> {
  const groups = Object.fromEntries(SEVERITIES.map((severity) => [severity, [] as ContraindicationFlag[]]));
  for (const flag of flags) groups[flag.severity]?.push(flag);
  return groups as Record<Severity, ContraindicationFlag[]>;
}

/** The flags that concern a product with these ingredients (an allergen, an ingredient unsafe in pregnancy). */
export function flagsForIngredients(
  flags: readonly ContraindicationFlag[],
  productIngredients: readonly IngredientId[],
): ContraindicationFlag[] {
  return flags.filter((flag) => flag.ingredients.some((id) => productIngredients.includes(id)));
}
