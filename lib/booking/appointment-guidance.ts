import "server-only";
import { assertCan } from "@/lib/auth/assert-can";
import type { Actor } from "@/lib/auth/policy";
import { appointmentScope } from "@/lib/auth/scope";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import { getLocalDate } from "@/lib/dates/local-date";
import { assessBookingEligibility, clearancesFor, patchTestsFor } from "./eligibility";
import { intakeStatusFor, type IntakeStatus } from "@/lib/intake/status";

export type AppointmentIntakeGuidance = {
  status: IntakeStatus;
  /** Every step below, in one list (patch tests first). */
  nextSteps: string[];
  /**
   * The patch tests the eligibility rules call for with this service. Glowbook keeps no record of
   * a patch test done, so none is ever "on record": each one the rules ask for is listed.
   */
  patchTests: string[];
  /** A physician's approval needed for one of the service's steps. */
  clearances: string[];
};

/**
 * What the client should do about their intake before this visit: fill it ("intake missing"),
 * renew it, or the CLEARANCE / PATCH_TEST next steps their answers call for. CAUTION flags are
 * for staff and never appear here (DESIGN.md, Contraindications).
 */
export async function getAppointmentIntakeGuidance(actor: Actor, appointmentId: string): Promise<AppointmentIntakeGuidance> {
  assertCan(actor, "booking:view-appointment");
  const appointment = await db.appointment.findFirst({
    where: { id: appointmentId, ...appointmentScope(actor) },
    select: {
      clientId: true,
      startsAt: true,
      service: { select: { name: true, steps: true, requiresIntake: true } },
      location: { select: { id: true, name: true, phone: true, email: true, timeZone: true } },
    },
  });
  if (!appointment) throw new AppError("NOT_FOUND", "That appointment was not found.");
  const status = await intakeStatusFor(db, appointment);
  if (status.state !== "current") return { status, nextSteps: [], patchTests: [], clearances: [] };
  const visitDate = getLocalDate(appointment.startsAt, appointment.location.timeZone);
  const service = { ...appointment.service, location: appointment.location };
  const { nextSteps, avoid } = await assessBookingEligibility(appointment.clientId, service, visitDate);
  if (!avoid) return { status, nextSteps, patchTests: [], clearances: [] };
  return { status, nextSteps, patchTests: patchTestsFor(avoid, service), clearances: clearancesFor(avoid, service) };
}
