import type { DbClient } from "@/lib/db/client";
import { getLocalDate } from "@/lib/dates/local-date";
import { recordScheduleChange } from "@/lib/schedule-feed/record";
import type { ScheduleChangeKind } from "@/lib/schedule-feed/events";

/** Where a visit was before a change: a move names both columns and both days. */
export type VisitPlace = { staffId: string; startsAt: Date };

/** A visit's place now (read before changing it, for the "before" side of a move). */
export async function readVisitPlace(tx: DbClient, appointmentId: string): Promise<VisitPlace | null> {
  return tx.appointment.findUnique({ where: { id: appointmentId }, select: { staffId: true, startsAt: true } });
}

/**
 * Announces a change to one visit in the caller's transaction (lib/schedule-feed/record.ts): its
 * esthetician and local date now, plus where it was before when it moved.
 */
export async function announceAppointmentChange(
  tx: DbClient,
  kind: Extract<ScheduleChangeKind, `appointment.${string}`>,
  appointmentId: string,
  before?: VisitPlace | null,
): Promise<void> {
  const visit = await tx.appointment.findUniqueOrThrow({
    where: { id: appointmentId },
    select: { locationId: true, staffId: true, startsAt: true, location: { select: { timeZone: true } } },
  });
  const places = [visit, ...(before ? [before] : [])];
  await recordScheduleChange(tx, {
    locationId: visit.locationId,
    kind,
    appointmentId,
    staffIds: places.map((place) => place.staffId),
    dates: places.map((place) => getLocalDate(place.startsAt, visit.location.timeZone)),
  });
}
