import "server-only";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import { listSlots, nearestSlots, type Slot } from "@/lib/scheduling";
import { addDays, getLocalDate } from "@/lib/dates/local-date";
import { findBookableService, loadScheduleInput, type BookableService } from "./load-schedule";
import type { AvailabilityQuery } from "./schema";

export type AvailableSlot = { start: string; end: string; date: string; staffIds: string[] };
export type Availability = { timeZone: string; serviceId: string; slots: AvailableSlot[] };

/** Bookable slots for a service over local dates. Public: anyone may look before signing in. */
export async function findAvailability(query: AvailabilityQuery, now: Date): Promise<Availability> {
  const service = await findBookableService(db, query.service);
  if (!service) throw new AppError("NOT_FOUND", "That treatment is not open for booking.");
  const slots = await computeSlots(service, { from: query.from, to: query.to }, { staffId: query.staff, now });
  return { timeZone: service.location.timeZone, serviceId: service.id, slots: slots.map(toAvailableSlot) };
}

export async function computeSlots(
  service: BookableService,
  range: { from: string; to: string },
  options: { staffId?: string; now: Date; excludeAppointmentId?: string },
): Promise<Slot[]> {
  const input = await loadScheduleInput(db, {
    service,
    range,
    staffId: options.staffId,
    excludeAppointmentId: options.excludeAppointmentId,
  });
  return listSlots({ ...input, now: options.now });
}

/** The free times nearest to one that was just lost, looked for within a week either side. */
export async function findAlternatives(
  service: BookableService,
  requested: Date,
  options: { staffId?: string; now: Date; excludeAppointmentId?: string; count?: number },
): Promise<AvailableSlot[]> {
  const date = getLocalDate(requested, service.location.timeZone);
  const slots = await computeSlots(service, { from: addDays(date, -7), to: addDays(date, 7) }, options);
  return nearestSlots(slots, requested, options.count ?? 5).map(toAvailableSlot);
}

export function toAvailableSlot(slot: Slot): AvailableSlot {
  return {
    start: new Date(slot.start).toISOString(),
    end: new Date(slot.end).toISOString(),
    date: slot.date,
    staffIds: slot.staffIds,
  };
}
