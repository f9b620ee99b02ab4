import "server-only";
import { blocksService, evaluateContraindications, type ContraindicationFlag, type TreatmentStep } from "@/lib/contraindications";
import { db } from "@/lib/db/client";
import { getCurrentIntake, type CurrentIntake } from "@/lib/intake/queries";
import type { LocalDate } from "@/lib/dates/local-date";

export interface BookingEligibility {
  /** A BLOCK on the whole service or one of its steps: online booking stops. */
  blocked: boolean;
  /** Every flag for the service (staff-facing too); show clients only `nextSteps` and `message`. */
  flags: ContraindicationFlag[];
  /** CLEARANCE and PATCH_TEST client sentences: what the client should do before the visit. */
  nextSteps: string[];
  /** For the client: why booking stopped (with the spa's contact), or null. */
  message: string | null;
  intake: CurrentIntake["state"];
}

export interface EligibilityService {
  name: string;
  steps: readonly TreatmentStep[];
  location: { id: string; name?: string; phone: string; email: string };
}

/**
 * The contraindication check at booking (call it from bookAppointment before inserting). Without
 * a current intake nothing can be judged yet, so nothing blocks: the appointment shows "intake
 * missing" and the chart re-checks at the visit. CAUTION flags are for staff and never shown.
 */
export async function assessBookingEligibility(
  clientId: string,
  service: EligibilityService,
  visitDate: LocalDate,
  options: { readerId?: string } = {},
): Promise<BookingEligibility> {
  // The read is audited under whoever books: the client online, or the desk for them.
  const intake = await getCurrentIntake(db, clientId, {
    visitDate,
    locationId: service.location.id,
    readerId: options.readerId ?? clientId,
    purpose: "booking-eligibility",
  });
  if (intake.state !== "current" || !intake.latest)
    return { blocked: false, flags: [], nextSteps: [], message: null, intake: intake.state };
  const { flags } = evaluateContraindications({ intake: intake.latest.answers, steps: service.steps, visitDate });
  const blocked = blocksService(flags);
  const nextSteps = unique(
    flags.filter((flag) => flag.severity === "CLEARANCE" || flag.severity === "PATCH_TEST").map((flag) => flag.clientMessage),
  );
  return { blocked, flags, nextSteps, message: blocked ? blockedMessage(service, flags) : null, intake: intake.state };
}

function blockedMessage(service: EligibilityService, flags: ContraindicationFlag[]): string {
  const reasons = unique(
    flags.filter((flag) => flag.severity === "BLOCK" && flag.affectedSteps !== "PRODUCTS").map((flag) => flag.clientMessage),
  );
  const spa = service.location.name ?? "the spa";
  return [
    `We're sorry — we can't book the ${service.name} online for you on this date, because of what you told us in your intake.`,
    ...reasons,
    `Please call ${spa} on ${service.location.phone} or email ${service.location.email}: we'll gladly find a treatment or a date that is right for your skin.`,
  ].join(" ");
}

function unique(values: string[]): string[] {
  return [...new Set(values)];
}
