import "server-only";
import { computeAvoidModel, type AvoidModel } from "@/lib/contraindications";
import { db, type DbClient } from "@/lib/db/client";
import type { LocalDate } from "@/lib/dates/local-date";
import { getCurrentIntake, type CurrentIntake } from "@/lib/intake/queries";
import { judgeService, type BookingEligibility, type EligibilityService } from "./eligibility-rules";

export { clearancesFor, judgeService, notBookableUntil, patchTestsFor, refusalMessage } from "./eligibility-rules";
export type { BookingEligibility, EligibilityService } from "./eligibility-rules";

/**
 * The client's avoid model for a visit date from their latest intake (an audited read), or null
 * when no intake is current for that date: then nothing can be judged.
 */
export async function avoidModelForClient(
  client: DbClient,
  clientId: string,
  options: { visitDate: LocalDate; locationId: string; readerId: string; purpose: string; validMonths?: number },
): Promise<{ intake: CurrentIntake["state"]; avoid: AvoidModel | null }> {
  const intake = await getCurrentIntake(client, clientId, options);
  if (intake.state !== "current" || !intake.latest) return { intake: intake.state, avoid: null };
  return { intake: intake.state, avoid: computeAvoidModel({ intake: intake.latest.answers, visitDate: options.visitDate }) };
}

/**
 * The contraindication check at booking (bookAppointment, a reschedule, the /book page). Without a
 * current intake nothing can be judged yet, so nothing blocks: the appointment shows "intake
 * missing" and every later intake re-checks it (lib/booking/review). The intake read is audited.
 */
export async function assessBookingEligibility(
  clientId: string,
  service: EligibilityService,
  visitDate: LocalDate,
  options: { readerId?: string; client?: DbClient } = {},
): Promise<BookingEligibility> {
  // The read is audited under whoever books: the client online, or the desk for them.
  const { intake, avoid } = await avoidModelForClient(options.client ?? db, clientId, {
    visitDate,
    locationId: service.location.id,
    validMonths: service.location.intakePolicy?.validMonths,
    readerId: options.readerId ?? clientId,
    purpose: "booking-eligibility",
  });
  if (!avoid) {
    return {
      blocked: false,
      until: null,
      reasons: [],
      ruleNames: [],
      clearedWhen: null,
      nextSteps: [],
      message: null,
      intake,
      avoid: null,
    };
  }
  const { block: _block, ...judged } = judgeService(avoid, service, visitDate);
  return { ...judged, intake, avoid };
}
