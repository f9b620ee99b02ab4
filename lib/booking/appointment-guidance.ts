import "server-only";
import { assertCan } from "@/lib/auth/assert-can";
import type { Actor } from "@/lib/auth/policy";
import { appointmentScope } from "@/lib/auth/scope";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import { getLocalDate } from "@/lib/dates/local-date";
import { assessBookingEligibility } from "./eligibility";
import { intakeStatusFor, type IntakeStatus } from "@/lib/intake/status";

export type AppointmentIntakeGuidance = { status: IntakeStatus; nextSteps: string[] };

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
  if (status.state !== "current") return { status, nextSteps: [] };
  const visitDate = getLocalDate(appointment.startsAt, appointment.location.timeZone);
  const { nextSteps } = await assessBookingEligibility(
    appointment.clientId,
    { ...appointment.service, location: appointment.location },
    visitDate,
  );
  return { status, nextSteps };
}
