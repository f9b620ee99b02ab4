import "server-only";
import { assertCan } from "@/lib/auth/assert-can";
import type { Actor } from "@/lib/auth/policy";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import { computeSlots, toAvailableSlot, type Availability } from "./availability";
import { findBookableService } from "./load-schedule";
import { getAppointment } from "./queries";

/**
 * The free times an appointment could move to. Unlike the public availability, the appointment
 * being moved does not block itself (rescheduleAppointment excludes it the same way), so a move
 * by less than its own length is offered. Scoped like getAppointment: another client's id is
 * NOT_FOUND.
 */
export async function findRescheduleAvailability(
  actor: Actor,
  input: { appointmentId: string; from: string; to: string; staffId?: string },
  now: Date,
): Promise<Availability> {
  assertCan(actor, "booking:change-appointment");
  const appointment = await getAppointment(actor, input.appointmentId, now);
  const service = await findBookableService(db, appointment.service.id);
  if (!service) throw new AppError("NOT_FOUND", "That treatment is not open for booking.");
  const range = { from: input.from, to: input.to };
  const slots = await computeSlots(service, range, { staffId: input.staffId, now, excludeAppointmentId: appointment.id });
  return { timeZone: service.location.timeZone, serviceId: service.id, slots: slots.map(toAvailableSlot) };
}
