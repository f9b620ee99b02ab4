import "server-only";
import type { DbClient } from "@/lib/db/client";
import { getLocalDate } from "@/lib/dates/local-date";
import { assignStaff, computeBlockedInterval, listSlots, pickResources } from "@/lib/scheduling";
import { BOOKING_WAITS } from "./booking-waits";
import { SlotTakenSignal } from "./conflict";
import { loadScheduleInput, type BookableService } from "./load-schedule";

/**
 * Where a booking at `startsAt` goes: which esthetician and which resource units, provided the
 * engine still offers that exact slot. Throws SlotTakenSignal otherwise.
 */
export async function placeAppointment(
  tx: DbClient,
  options: { service: BookableService; startsAt: Date; now: Date; staffId: string | null; excludeAppointmentId?: string },
) {
  const { service, startsAt, now } = options;
  const date = getLocalDate(startsAt, service.location.timeZone);
  // One writer at a time per location and local day: the next one then reads the committed
  // bookings and picks another esthetician or room instead of losing on the constraint. The
  // exclusion constraints stay the guarantee; this only turns races into ordinary choices.
  // The wait for it is bounded (lock_timeout, local to this transaction, set in the same round
  // trip); past it PostgreSQL raises 55P03 and the caller answers 409 or 503.
  await tx.$executeRaw`SELECT set_config('lock_timeout', ${`${BOOKING_WAITS.lockMs}ms`}, true), pg_advisory_xact_lock(hashtextextended(${`booking:${service.location.id}:${date}`}, 0))`;
  const range = { from: date, to: date };
  const scheduleOptions = { staffId: options.staffId ?? undefined, excludeAppointmentId: options.excludeAppointmentId };
  const schedule = await loadScheduleInput(tx, { service, range, ...scheduleOptions });
  const slots = listSlots({ ...schedule, now });
  const slot = slots.find((candidate) => candidate.start === startsAt.getTime());
  if (!slot) throw new SlotTakenSignal();
  const staffId = options.staffId ?? assignStaff({ slot, staff: schedule.staff, timeZone: schedule.timeZone });
  const resourceIds = pickResources({ slot, service: schedule.service, resources: schedule.resources ?? [] });
  if (!staffId || !slot.staffIds.includes(staffId) || !resourceIds) throw new SlotTakenSignal();
  const interval = computeBlockedInterval(schedule.service, startsAt);
  const blocked = { blockedFrom: new Date(interval.start), blockedUntil: new Date(interval.end) };
  return { staffId, resourceIds, blocked, ...blocked };
}

/**
 * Holds the placement's resource units for an appointment already written, in one statement (a
 * nested create would add a read-back of the appointment). The exclusion constraints guard each
 * unit, so a race lost here raises 23P01 like the appointment's own insert. SQL with the units as
 * one array, not createMany: one text for any number of units (docs/decisions/0044).
 */
export async function holdResources(
  tx: DbClient,
  appointmentId: string,
  placement: Pick<Awaited<ReturnType<typeof placeAppointment>>, "resourceIds" | "blocked">,
): Promise<void> {
  if (placement.resourceIds.length === 0) return;
  const { blockedFrom, blockedUntil } = placement.blocked;
  await tx.$executeRaw`
    INSERT INTO appointment_resource (appointment_id, resource_id, blocked_from, blocked_until)
    SELECT ${appointmentId}::uuid, unit, ${blockedFrom}, ${blockedUntil}
    FROM unnest(${placement.resourceIds}::uuid[]) AS unit`;
}
