import "server-only";
import type { Actor } from "@/lib/auth/policy";
import { getLocalDate } from "@/lib/dates/local-date";
import { AppError } from "@/lib/errors/app-error";
import { assessBookingEligibility } from "./eligibility";
import type { BookableService } from "./load-schedule";

/**
 * What stops a client booking online (staff, who can adapt the treatment, are not stopped):
 * - the spa requires a current intake at booking (intake policy) and there is none for that date
 *   (a new booking only; moving an existing one is not a new booking);
 * - the avoid model rules this service (or one of its steps) out on that date: the refusal says
 *   until when, why, and how to reach the spa (DESIGN.md, Contraindications).
 */
export async function assertEligible(
  actor: Actor,
  service: BookableService,
  startsAt: Date,
  options: { newBooking?: boolean } = {},
): Promise<void> {
  if (actor.role !== "CLIENT") return;
  const eligibility = await assessBookingEligibility(actor.userId, service, getLocalDate(startsAt, service.location.timeZone));
  if (options.newBooking && service.requiresIntake && eligibility.intake !== "current") {
    if (service.location.intakePolicy.requiredAt === "AT_BOOKING") {
      throw new AppError("FORBIDDEN", intakeRequiredMessage(eligibility.intake), {
        data: { reason: "INTAKE_REQUIRED", intake: eligibility.intake },
      });
    }
  }
  if (eligibility.blocked && eligibility.message) {
    throw new AppError("FORBIDDEN", eligibility.message, {
      data: { reason: "CONTRAINDICATED", until: eligibility.until, nextSteps: eligibility.nextSteps },
    });
  }
}

/** The spa asks for the intake before a booking: said the same way on /book and by the command. */
export function intakeRequiredMessage(state: "missing" | "expired"): string {
  return state === "expired"
    ? "Your health and skin questionnaire (intake form) has expired. This spa asks for a current one before booking online: please review it first, then choose your time."
    : "This spa asks for your health and skin questionnaire (intake form) before booking online: please fill it in first, then choose your time.";
}
