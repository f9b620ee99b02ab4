import type { LocalDate } from "@/lib/dates/local-date";
import type { IngredientId } from "@/lib/intake/ingredients";
import type { TreatmentStep } from "../types";
import type { PrecedenceNote } from "./analysis";
import type { ActiveId } from "./vocabulary";

/** The first date something is allowed again (exclusive), or "cleared": until the condition is over. */
export type Until = LocalDate | "cleared";

/**
 * Where an avoidance applies: in the treatment room at this visit, at home (the plan), or both.
 * A pause before a visit (retinoids in the last days) is "visit"; an aftercare window is "home".
 */
export type AvoidScope = "visit" | "home" | "both";

/**
 * never: refused in the treatment room and never recommended. caution: staff are warned in the
 * treatment room (FACTS.md: "aspirin allergy is a warning for salicylic acid"); never recommended.
 */
export type AvoidLevel = "never" | "caution";

export interface AvoidReason {
  /** The contraindication rule or homecare rule behind it ("pregnancy-ingredients", "aftercare.pause-actives"). */
  ruleId: string;
  /** Shown to staff. */
  ruleName: string;
  /** Shown to the client, follows "because". */
  clientReason: string;
  /** The FACTS.md row or section (docs and tests; never shown in the editor). */
  source: string;
  /** For "until cleared": when it ends, in the client's words ("while you're pregnant or breastfeeding"). */
  clearedWhen: string | null;
}

export type StepKey = TreatmentStep | "WHOLE_SERVICE";

export interface AvoidEntry<K> {
  key: K;
  until: Until;
  level: AvoidLevel;
  scope: AvoidScope;
  reason: AvoidReason;
}

export interface PatchTestAdvice {
  ruleId: string;
  ruleName: string;
  appliesTo: "products" | "peels";
  /** Before the visit: what we will do. */
  clientText: string;
}

export interface ClearanceAdvice {
  ruleId: string;
  ruleName: string;
  steps: TreatmentStep[];
  clientText: string;
}

/**
 * What one client must avoid around one visit: ingredients, actives and steps, each with the date
 * it is allowed again or "until cleared", and why. Computed once (computeAvoidModel) from the
 * intake's flags, ticked and typed allergies, conditions and windows, the esthetician's analysis
 * and the steps performed; booking, the chart, the note, the plan and messages all read it.
 */
export interface AvoidModel {
  version: string;
  visitDate: LocalDate;
  /** No intake on file: nothing is known about allergies, so every product needs a person's check. */
  intake: "on-file" | "missing";
  ingredients: AvoidEntry<IngredientId>[];
  actives: AvoidEntry<ActiveId>[];
  steps: AvoidEntry<StepKey>[];
  allergies: {
    matched: { text: string; origin: "ticked" | "typed"; ingredients: IngredientId[]; caution: boolean }[];
    /** Typed allergies the dictionary cannot read. */
    unmatched: string[];
  };
  /** True when an allergy is unreadable or the intake is missing: staff confirm each product. */
  productsNeedConfirmation: boolean;
  patchTests: PatchTestAdvice[];
  clearances: ClearanceAdvice[];
  /** Where the esthetician's analysis took precedence over the intake. */
  precedence: PrecedenceNote[];
  /** The end of the post-treatment actives pause, when the steps performed call for one. */
  activesPauseUntil: LocalDate | null;
}
