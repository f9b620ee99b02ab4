import type { DbClient } from "@/lib/db/client";
import { namedDates, type ScheduleChangeKind } from "./events";

export type ScheduleChange = {
  locationId: string;
  kind: ScheduleChangeKind;
  appointmentId?: string | null;
  /** Whose schedule changed (both estheticians of a move); omit for a location-wide change. */
  staffIds?: readonly string[];
  /** Local dates touched (both days of a move); omit when any date may have changed. */
  dates?: readonly string[];
};

/**
 * The one way a schedule change is announced. Call it INSIDE the transaction that makes the
 * change (book, move, cancel, status, hours, breaks, time off, overrides, resources, policy):
 * it inserts one schedule_change row, and at commit a deferred trigger gives it the location's
 * next schedule version and sends pg_notify (prisma/migrations/20261203200100_front_desk). A
 * rolled-back change announces nothing; a committed one is always announced, on every instance.
 * The version and notification are taken at commit, after every other lock of the transaction,
 * so calling this early or several times in one transaction cannot deadlock.
 */
export async function recordScheduleChange(tx: DbClient, change: ScheduleChange): Promise<void> {
  const staffIds = [...new Set(change.staffIds ?? [])];
  const dates = namedDates(change.dates ?? []);
  // SQL, not Prisma's create, which its plan cache keys by the lists' values (docs/decisions/0044).
  // The dates go as their YYYY-MM-DD names, which PostgreSQL reads as DATE.
  await tx.$executeRaw`
    INSERT INTO schedule_change (location_id, kind, appointment_id, staff_ids, dates)
    VALUES (${change.locationId}::uuid, ${change.kind}, ${change.appointmentId ?? null}::uuid, ${staffIds}::uuid[], ${dates}::date[])`;
}
