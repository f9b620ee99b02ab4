import type { TreatmentStep } from "@/lib/db/generated/enums";
import type { IngredientId } from "@/lib/intake/ingredients";
import type { LocalDate } from "@/lib/dates/local-date";
import type { IntakeAnswers } from "@/lib/intake/schema";
import type { ContraindicationOptions } from "./options";

export type { TreatmentStep };

/** Most to least serious; lists of flags are sorted in this order. */
export const SEVERITIES = ["BLOCK", "CLEARANCE", "PATCH_TEST", "CAUTION"] as const;
/**
 * BLOCK: do not do the affected steps (or the service) on this visit. CLEARANCE: only with a
 * physician's written approval. PATCH_TEST: test first. CAUTION: for staff; adapt the technique.
 */
export type Severity = (typeof SEVERITIES)[number];

/**
 * What a flag is about: the service's own steps it affects, the whole service, or "PRODUCTS" — the
 * products used in any step (an allergen, an ingredient unsafe in pregnancy). A PRODUCTS flag
 * never stops a service; it rules products in or out by `ingredients`.
 */
export type AffectedSteps = TreatmentStep[] | "WHOLE_SERVICE" | "PRODUCTS";

/**
 * The date range a flag depends on. `from` is the answer's date (a stop date, the last session);
 * `until` is the first visit date on which the rule no longer fires (exclusive).
 */
export interface FlagWindow {
  basis: string;
  from: LocalDate;
  until: LocalDate;
}

export interface ContraindicationFlag {
  /** Stable across ruleset versions, e.g. "isotretinoin-recent". */
  id: string;
  /** The rule's name as staff see it ("Isotretinoin within 6 months: extraction"). */
  name: string;
  severity: Severity;
  affectedSteps: AffectedSteps;
  window: FlagWindow | null;
  staffReason: string;
  /** Kind, second person, no jargon: safe to show the client as is. */
  clientMessage: string;
  /** Why, in the client's words, to follow "because": "you're pregnant or breastfeeding". */
  clientReason: string;
  /** The FACTS.md row the rule encodes (for tests and docs; staff see `name`). */
  source: string;
  /** Products containing any of these are under this flag (BLOCK: never use; CAUTION: warn). */
  ingredients: IngredientId[];
}

export interface ContraindicationResult {
  rulesetVersion: string;
  flags: ContraindicationFlag[];
}

export interface RuleContext {
  intake: IntakeAnswers;
  visitDate: LocalDate;
  options: ContraindicationOptions;
}

/** Why a rule fired: the window, details for the staff reason, and dynamic parts of the flag. */
export interface RuleMatch {
  window?: FlagWindow | null;
  /** Appended to the rule's staff reason ("stopped 2026-03-01", "areas: forehead"). */
  detail?: string;
  ingredients?: IngredientId[];
  severity?: Severity;
}

/** One rule: data (what it affects and says) plus a small predicate over the answers. */
export interface Rule {
  id: string;
  /** Shown to staff wherever the rule is cited (the chart, the plan editor), instead of the source. */
  name: string;
  severity: Severity;
  /** The steps the rule is about; only those the service has end up on the flag. */
  steps: readonly TreatmentStep[] | "WHOLE_SERVICE" | "PRODUCTS";
  staffReason: string;
  clientMessage: string;
  /** Second person, follows "because": safe to show the client. */
  clientReason: string;
  source: string;
  ingredients?: readonly IngredientId[];
  match(context: RuleContext): RuleMatch | null;
}
