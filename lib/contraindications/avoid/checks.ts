import type { LocalDate } from "@/lib/dates/local-date";
import type { IngredientId } from "@/lib/intake/ingredients";
import type { TreatmentStep } from "../types";
import type { AvoidEntry, AvoidModel, AvoidReason, AvoidScope, StepKey, Until } from "./types";
import { ingredientsOfActive, type ActiveId, type MentionKey } from "./vocabulary";

/** The later of two until-values; "until cleared" is later than any date. */
export function laterUntil(a: Until, b: Until): Until {
  if (a === "cleared" || b === "cleared") return "cleared";
  return a > b ? a : b;
}

/** An avoidance holds on `date` while the date is before its until-date (exclusive), or until cleared. */
export function isInForce(until: Until, date: LocalDate): boolean {
  return until === "cleared" || date < until;
}

export type Where = "visit" | "home";
const appliesAt = (scope: AvoidScope, where: Where) => scope === "both" || scope === where;

/** What a line, a product or an answer recommends or mentions. */
export interface Tags {
  ingredients?: readonly string[];
  actives?: readonly ActiveId[];
  steps?: readonly StepKey[];
}

type AnyEntry = AvoidEntry<IngredientId> | AvoidEntry<ActiveId> | AvoidEntry<StepKey>;

function ingredientEntries(model: AvoidModel, id: string, where: Where): AnyEntry[] {
  const direct = model.ingredients.filter((entry) => entry.key === id && appliesAt(entry.scope, where));
  const viaActive = model.actives.filter(
    (entry) => appliesAt(entry.scope, where) && (ingredientsOfActive(entry.key) as readonly string[]).includes(id),
  );
  return [...direct, ...viaActive];
}

/**
 * An active is ruled out when it is named, or when every ingredient it stands for is (a salicylic
 * acid allergy leaves glycolic and lactic acid, so "exfoliating acids" as such are still possible).
 */
function activeEntries(model: AvoidModel, active: ActiveId, where: Where, date: LocalDate): AnyEntry[] {
  const direct = model.actives.filter((entry) => entry.key === active && appliesAt(entry.scope, where));
  const perIngredient = ingredientsOfActive(active).map((id) =>
    model.ingredients.filter((entry) => entry.key === id && appliesAt(entry.scope, where) && isInForce(entry.until, date)),
  );
  const all = perIngredient.every((entries) => entries.length > 0) ? perIngredient.flat() : [];
  return [...direct, ...all];
}

function stepEntries(model: AvoidModel, step: StepKey, where: Where): AnyEntry[] {
  return model.steps.filter((entry) => entry.key === step && appliesAt(entry.scope, where));
}

function matchingEntries(model: AvoidModel, tags: Tags, where: Where, date: LocalDate): AnyEntry[] {
  return [
    ...(tags.ingredients ?? []).flatMap((id) => ingredientEntries(model, id, where)),
    ...(tags.actives ?? []).flatMap((active) => activeEntries(model, active, where, date)),
    ...(tags.steps ?? []).flatMap((step) => stepEntries(model, step, where)),
  ];
}

/** The avoidances the tagged things run into at `where` on `date` (empty: allowed). */
export function conflictsOf(model: AvoidModel, tags: Tags, options: { where: Where; date: LocalDate }): AnyEntry[] {
  return matchingEntries(model, tags, options.where, options.date).filter((entry) => isInForce(entry.until, options.date));
}

/**
 * The first date from `from` on which everything tagged is allowed at `where`: `from` itself when
 * nothing stands in the way, "cleared" when something is ruled out until a condition is over.
 */
export function allowedFrom(model: AvoidModel, tags: Tags, where: Where, from: LocalDate): Until {
  let result: Until = from;
  for (const entry of conflictsOf(model, tags, { where, date: from })) result = laterUntil(result, entry.until);
  return result;
}

export function tagsOfMentionKeys(keys: readonly MentionKey[]): Tags {
  return {
    ingredients: keys.flatMap((key) => (key.kind === "ingredient" ? [key.id] : [])),
    actives: keys.flatMap((key) => (key.kind === "active" ? [key.id] : [])),
    steps: keys.flatMap((key) => (key.kind === "step" ? [key.id] : [])),
  };
}

export function uniqueReasons(entries: readonly { reason: AvoidReason }[]): AvoidReason[] {
  const seen = new Map<string, AvoidReason>();
  for (const { reason } of entries) if (!seen.has(reason.ruleId)) seen.set(reason.ruleId, reason);
  return [...seen.values()];
}

export interface ProductVerdict {
  /** Never to be used on this client at this visit. */
  refusals: AvoidReason[];
  /** Staff are warned; it may be used with care. */
  cautions: AvoidReason[];
  /** An unreadable allergy or no intake: a person checks the label first. */
  needsConfirmation: boolean;
}

/** A product in the treatment room on the visit's date (the in-treatment picker and the note's check). */
export function productVerdict(model: AvoidModel, ingredients: readonly string[]): ProductVerdict {
  const entries = conflictsOf(model, { ingredients }, { where: "visit", date: model.visitDate });
  return {
    refusals: uniqueReasons(entries.filter((entry) => entry.level === "never")),
    cautions: uniqueReasons(entries.filter((entry) => entry.level === "caution")),
    needsConfirmation: model.productsNeedConfirmation,
  };
}

export interface ServiceBlock {
  /** When the service can be booked again, or "cleared". */
  until: Until;
  reasons: AvoidReason[];
  /** The steps that are ruled out (empty: the whole treatment). */
  steps: TreatmentStep[];
}

/**
 * Whether the model rules out a service with these steps on `date`: a BLOCK on the whole service
 * or on one of its steps. Ingredients never stop a service (other products can be used).
 */
export function serviceBlock(model: AvoidModel, serviceSteps: readonly TreatmentStep[], date: LocalDate): ServiceBlock | null {
  const entries = model.steps.filter(
    (entry) =>
      appliesAt(entry.scope, "visit") &&
      entry.level === "never" &&
      (entry.key === "WHOLE_SERVICE" || serviceSteps.includes(entry.key)) &&
      isInForce(entry.until, date),
  );
  if (entries.length === 0) return null;
  const until = entries.reduce<Until>((latest, entry) => laterUntil(latest, entry.until), date);
  const steps = [...new Set(entries.flatMap((entry) => (entry.key === "WHOLE_SERVICE" ? [] : [entry.key])))];
  return { until, reasons: uniqueReasons(entries), steps };
}

export interface HomeAvoidance {
  key: MentionKey;
  until: Until;
  level: "never" | "caution";
  reasons: AvoidReason[];
}

/** Everything to avoid at home on `date`, one item per ingredient, active or step, with the latest until. */
export function homeAvoidances(model: AvoidModel, date: LocalDate): HomeAvoidance[] {
  const groups = new Map<string, HomeAvoidance>();
  const add = (key: MentionKey, entry: AnyEntry) => {
    if (!appliesAt(entry.scope, "home") || !isInForce(entry.until, date)) return;
    const id = `${key.kind}:${key.id}`;
    const group = groups.get(id);
    if (!group) groups.set(id, { key, until: entry.until, level: entry.level, reasons: [entry.reason] });
    else {
      group.until = laterUntil(group.until, entry.until);
      if (entry.level === "never") group.level = "never";
      if (!group.reasons.some((reason) => reason.ruleId === entry.reason.ruleId)) group.reasons.push(entry.reason);
    }
  };
  for (const entry of model.ingredients) add({ kind: "ingredient", id: entry.key }, entry);
  for (const entry of model.actives) add({ kind: "active", id: entry.key }, entry);
  for (const entry of model.steps) {
    if (entry.key !== "WHOLE_SERVICE") add({ kind: "step", id: entry.key }, entry);
  }
  return [...groups.values()];
}

/** The steps (of these) ruled out at the visit on its date, one by one; a whole-service block is the booking's and the chart's to show. */
export function blockedStepsOf(model: AvoidModel, steps: readonly TreatmentStep[]): TreatmentStep[] {
  return [...new Set(steps)].filter((step) =>
    model.steps.some(
      (entry) =>
        entry.key === step && appliesAt(entry.scope, "visit") && entry.level === "never" && isInForce(entry.until, model.visitDate),
    ),
  );
}
