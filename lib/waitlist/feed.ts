import "server-only";
import { db } from "@/lib/db/client";
import type { LocalDate } from "@/lib/dates/local-date";
import { listChangesSince, getScheduleVersion } from "@/lib/schedule-feed/queries";
import type { ScheduleChangeKind } from "@/lib/schedule-feed/events";
import { releaseExpiredHolds } from "./holds";
import { offerFreedTime } from "./offers";

// Changes that only take time (or touch no time at all) cannot free any.
const NOTHING_FREED: ReadonlySet<ScheduleChangeKind> = new Set(["appointment.booked", "appointment.held", "appointment.client"]);

const PAGE = 500;

/**
 * What the changes since the cursor free: the dates they name, or null ("any date") when one of
 * them named none (hours, rooms, the policy). Null too when there were more than a page of them.
 */
export function touchedDates(changes: { kind: ScheduleChangeKind; dates: LocalDate[] }[], complete: boolean): LocalDate[] | null | "none" {
  const freeing = changes.filter((change) => !NOTHING_FREED.has(change.kind));
  if (freeing.length === 0) return complete ? "none" : null;
  if (!complete || freeing.some((change) => change.dates.length === 0)) return null;
  return [...new Set(freeing.flatMap((change) => change.dates))].sort();
}

/**
 * Reads each location's schedule change feed (docs/decisions/0013) from where it last stopped and
 * offers what the new changes freed. Versions follow commit order, so nothing committed is ever
 * skipped. The cursor moves only after the offers are made: a failed pass is repeated next time
 * (offers are made under row locks, so two workers or a repeat never offer an entry twice).
 */
export async function offerTimeFreedByChanges(now = new Date()): Promise<number> {
  const locations = await db.location.findMany({ select: { id: true } });
  let holds = 0;
  for (const { id: locationId } of locations) {
    const cursor = await db.waitlistCursor.findUnique({ where: { locationId }, select: { version: true } });
    if (!cursor) {
      // A new cursor starts at the present: history before the waitlist existed is not replayed.
      const version = await getScheduleVersion(db, locationId);
      await db.waitlistCursor.createMany({ data: [{ locationId, version: BigInt(version) }], skipDuplicates: true });
      continue;
    }
    const { changes, complete } = await listChangesSince(db, { locationId, version: Number(cursor.version), limit: PAGE });
    if (changes.length === 0) continue;
    const dates = touchedDates(changes, complete);
    if (dates !== "none") holds += await offerFreedTime({ locationId, dates }, now);
    const reached = complete ? changes.at(-1)!.version : await getScheduleVersion(db, locationId);
    await db.waitlistCursor.updateMany({
      where: { locationId, version: { lt: BigInt(reached) } },
      data: { version: BigInt(reached), updatedAt: now },
    });
  }
  return holds;
}

/** One pass of the waitlist worker: release lapsed holds (announcing their time), then offer freed time. */
export async function runWaitlistPass(now = new Date()): Promise<{ released: number; holds: number }> {
  const released = await releaseExpiredHolds(now);
  const holds = await offerTimeFreedByChanges(now);
  return { released, holds };
}
