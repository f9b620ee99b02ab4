import type { ContraindicationFlag, TreatmentStep } from "@/lib/contraindications";
import type { LocalDate } from "@/lib/dates/local-date";
import type { IntakeAnswers } from "@/lib/intake/schema";

/**
 * Stored with every plan. Bump it whenever a rule is added, removed or changes what it says, so a
 * plan shows which rules drafted it; line ids (`aftercare.no-makeup`) never change meaning.
 */
export const HOMECARE_ENGINE_VERSION = "2026-11-26.1";

export const PLAN_SECTIONS = ["first72Hours", "morningRoutine", "eveningRoutine", "weekly", "products", "warningSigns"] as const;
export type PlanSection = (typeof PLAN_SECTIONS)[number];

/** One piece of advice: what to do and why it is there (the answer, step or rule, with its source). */
export interface PlanLine {
  /** Stable per rule (`aftercare.no-makeup`); lines the esthetician adds get `custom.<uuid>`. */
  id: string;
  text: string;
  /** Why: the intake answer, note step or flag that put it there, in plain words. */
  reason: string;
  /** The FACTS.md section or row the rule encodes; "esthetician" for lines a person added. */
  source: string;
  /** Products section only: the catalogue product recommended. */
  productId?: string;
}

export interface DatedAdvice {
  date: LocalDate;
  reason: string;
  source: string;
}

export interface HomecarePlan {
  version: string;
  visitDate: LocalDate;
  sections: Record<PlanSection, PlanLine[]>;
  /** When scrubs, AHA/BHA, retinoids, vitamin C and acne treatments may be eased back in; null when nothing is paused. */
  activesResumeOn: DatedAdvice | null;
  nextVisit: { from: LocalDate; to: LocalDate; reason: string; source: string };
}

/** The signed note's parts the engine reads. */
export interface PlanNote {
  steps: readonly { step: TreatmentStep; performed: boolean }[];
  productIds: readonly string[];
  skinResponse: string;
}

export interface PlanProduct {
  id: string;
  name: string;
  ingredients: readonly string[];
}

export interface BuildPlanInput {
  /** The client's intake; null when none was on file (the plan falls back to general advice). */
  intake: IntakeAnswers | null;
  note: PlanNote;
  /** Contraindication flags evaluated over EVERY step (see lib/homecare/flags.ts), not only the service's. */
  flags: readonly ContraindicationFlag[];
  catalogue: readonly PlanProduct[];
  visitDate: LocalDate;
}
