import { serviceBlock, type AvoidModel, type ServiceBlock, type TreatmentStep, type Until } from "@/lib/contraindications";
import type { LocalDate } from "@/lib/dates/local-date";
import { formatLocalDate } from "@/lib/format/calendar";
import type { IntakeState } from "@/lib/intake/status";

// Pure: what a booking, a re-check or the /book page says about a service, given the avoid model.

export interface BookingEligibility {
  /** The avoid model rules the service (or one of its steps) out on this date: online booking stops. */
  blocked: boolean;
  /** From when it can be booked again: a date, "cleared" (when a condition is over), or null when not blocked. */
  until: Until | null;
  /** Why, in the client's words ("you're pregnant or breastfeeding"), for "because …". */
  reasons: string[];
  /** The same, as staff name the rules. */
  ruleNames: string[];
  /** For "until cleared": what has to change, in the client's words. */
  clearedWhen: string | null;
  /** What the client should do before the visit (patch tests, a physician's OK) for this service's steps. */
  nextSteps: string[];
  /** For the client: why booking stopped, with the spa's contact; null when not blocked. */
  message: string | null;
  intake: Exclude<IntakeState, "not-required">;
  /** The model judged by (null without a current intake: nothing is judged then). */
  avoid: AvoidModel | null;
}

export interface EligibilityService {
  name: string;
  steps: readonly TreatmentStep[];
  /** `intakePolicy` when the caller read it with the service (lib/booking/load-schedule.ts); else it is read. */
  location: { id: string; name?: string; phone: string; email: string; intakePolicy?: { validMonths: number } };
}

const unique = (values: string[]) => [...new Set(values)];

/** "not bookable online until April 20, 2030" / "not bookable online until cleared". */
export function notBookableUntil(until: Until): string {
  return until === "cleared" ? "not bookable online until cleared" : `not bookable online until ${formatLocalDate(until, "long")}`;
}

/**
 * The refusal as the client reads it: the treatment, until when, why in plain words, and how to
 * reach the spa. It never suggests picking another time before `until` (messages must not
 * contradict the refusal).
 */
export function refusalMessage(service: EligibilityService, block: Pick<BookingEligibility, "until" | "reasons" | "clearedWhen">): string {
  const spa = service.location.name ?? "the spa";
  const until =
    block.until === null || block.until === "cleared"
      ? `not bookable online for you ${block.clearedWhen ?? "until cleared"}`
      : notBookableUntil(block.until);
  // "…while you're pregnant or breastfeeding" already says why; the reason is not repeated.
  const reasons = block.reasons.filter((reason) => !(block.clearedWhen ?? "").includes(reason));
  const because = reasons.length > 0 ? `, because ${reasons.join(", and ")}` : "";
  return [
    `The ${service.name} is ${until}${because}.`,
    `Please call ${spa} on ${service.location.phone} or email ${service.location.email}: we'll gladly find a treatment or a date that is right for your skin.`,
  ].join(" ");
}

/** The patch tests the client's answers call for before this service (a peel's only when it has one), in the client's words. */
export function patchTestsFor(avoid: AvoidModel, service: Pick<EligibilityService, "steps">): string[] {
  const hasPeel = service.steps.some((step) => step === "PEEL" || step === "EXFOLIATION_CHEMICAL");
  return unique(avoid.patchTests.filter((advice) => advice.appliesTo === "products" || hasPeel).map((advice) => advice.clientText));
}

/** The physician's approvals the client's answers call for before one of this service's steps, in the client's words. */
export function clearancesFor(avoid: AvoidModel, service: Pick<EligibilityService, "steps">): string[] {
  return unique(
    avoid.clearances
      .filter((clearance) => clearance.steps.some((step) => service.steps.includes(step)))
      .map((clearance) => clearance.clientText),
  );
}

/** Judges a model against a service on a date (pure): what a booking, a re-check or the /book page reads. */
export function judgeService(avoid: AvoidModel, service: EligibilityService, visitDate: LocalDate) {
  const block: ServiceBlock | null = serviceBlock(avoid, service.steps, visitDate);
  const nextSteps = unique([...patchTestsFor(avoid, service), ...clearancesFor(avoid, service)]);
  if (!block) return { blocked: false, until: null, reasons: [], ruleNames: [], clearedWhen: null, nextSteps, message: null, block };
  const reasons = unique(block.reasons.map((reason) => reason.clientReason));
  const clearedWhen = block.until === "cleared" ? (block.reasons.find((reason) => reason.clearedWhen)?.clearedWhen ?? null) : null;
  const judged = { until: block.until, reasons, clearedWhen };
  return {
    blocked: true,
    ...judged,
    ruleNames: unique(block.reasons.map((reason) => reason.ruleName)),
    nextSteps,
    message: refusalMessage(service, judged),
    block,
  };
}
