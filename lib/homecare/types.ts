import type { ActiveId, AvoidModel, SkinAnalysis, TreatmentStep, Until } from "@/lib/contraindications";
import type { LocalDate } from "@/lib/dates/local-date";
import type { IntakeAnswers } from "@/lib/intake/schema";

/**
 * Stored with every plan. Bump it whenever a rule is added, removed or changes what it says, so a
 * plan shows which rules drafted it; line ids (`aftercare.no-makeup`) never change meaning.
 */
export const HOMECARE_ENGINE_VERSION = "2026-12-03.1";

export const PLAN_SECTIONS = ["first72Hours", "morningRoutine", "eveningRoutine", "weekly", "products", "avoid", "warningSigns"] as const;
export type PlanSection = (typeof PLAN_SECTIONS)[number];

/** What a line is about: ingredient ids, actives, steps (as the client would do them at home). */
export interface LineTags {
  ingredients?: string[];
  actives?: ActiveId[];
  steps?: TreatmentStep[];
}

/** One piece of advice: what to do and why it is there (the answer, step or rule, with its source). */
export interface PlanLine {
  /** Stable per rule (`aftercare.no-makeup`); lines the esthetician adds get `custom.<uuid>`. */
  id: string;
  text: string;
  /** Why: the intake answer, note step or flag that put it there, in plain words. */
  reason: string;
  /** The FACTS.md section or row the rule encodes; "esthetician" for lines a person added. Never shown to staff. */
  source: string;
  /** The rule's name, as staff see it in the editor ("Aftercare: pause actives"). */
  rule?: string;
  /** Products section only: the catalogue product recommended. */
  productId?: string;
  /** What the line recommends and from when (checked against the avoid model and the other lines). */
  recommends?: { tags: LineTags; from: LocalDate }[];
  /** What the line tells the client not to do, and until when. */
  forbids?: { tags: LineTags; until: Until }[];
  /** A line kept although it conflicts with what the client must avoid: who decided, why, and against what. */
  acknowledged?: { reason: string; conflicts: string[]; by: string; at: string };
  /** A product that a person must check against an unreadable allergy (or a missing intake) before it goes out. */
  confirmation?: { required: string; confirmedBy?: string; confirmedAt?: string };
}

/** An active (or an ingredient of one) that does not come back on the resume date, and why. */
export interface ResumeException {
  label: string;
  until: Until;
  text: string;
  reason: string;
}

export interface ActivesResume {
  date: LocalDate;
  reason: string;
  source: string;
  rule?: string;
  /** What may be eased back in on `date`. */
  resumes?: LineTags;
  /** What stays off after `date`, with its own date or condition. */
  exceptions?: ResumeException[];
}

export interface NextVisit {
  from: LocalDate;
  to: LocalDate;
  reason: string;
  source: string;
  /** False when the treatment cannot be booked online until a condition is cleared: the client is asked to call. */
  bookable?: boolean;
}

/** The intake the plan was drafted from, as it stood for the visit. */
export interface PlanIntake {
  state: "current" | "expired" | "missing";
  submittedOn: LocalDate | null;
}

export interface HomecarePlan {
  version: string;
  visitDate: LocalDate;
  sections: Record<PlanSection, PlanLine[]>;
  /** When the actives paused after the facial may be eased back in; null when nothing is paused. */
  activesResumeOn: ActivesResume | null;
  nextVisit: NextVisit;
  /** Absent on plans drafted before the avoid model existed. */
  intake?: PlanIntake;
  avoid?: AvoidModel;
  /** For the esthetician only: what the draft left out and why ("intake out of date", a note text not copied). */
  reviewNotes?: string[];
}

/** The signed note's parts the engine reads. */
export interface PlanNote {
  steps: readonly { step: TreatmentStep; performed: boolean }[];
  productIds: readonly string[];
  skinResponse: string;
  analysis?: SkinAnalysis | null;
}

export interface PlanProduct {
  id: string;
  name: string;
  ingredients: readonly string[];
}

export interface BuildPlanInput {
  /** The client's intake as it stood for the visit; null when none was on file (general advice). */
  intake: IntakeAnswers | null;
  /** Whether that intake was current for the visit. */
  intakeState?: PlanIntake;
  note: PlanNote;
  /** The avoid model for this client and visit, with the note's analysis and steps (avoidModelForPlan). */
  avoid: AvoidModel;
  catalogue: readonly PlanProduct[];
  visitDate: LocalDate;
  /** The booked service's steps: the next visit is for the same treatment. Defaults to the steps performed. */
  serviceSteps?: readonly TreatmentStep[];
}
