import type { DbClient } from "@/lib/db/client";
import { localDateFromDbDate } from "@/lib/dates/local-date";
import { scheduleChangeEventSchema, type ScheduleChangeEvent } from "./events";

/**
 * The location's schedule version: 0 before its first change. Versions follow commit order, so
 * anything computed after reading version N (a cached day, a calendar on screen) is current until
 * a change with a higher version arrives.
 */
export async function getScheduleVersion(client: DbClient, locationId: string): Promise<number> {
  const row = await client.scheduleVersion.findUnique({ where: { locationId }, select: { version: true } });
  return Number(row?.version ?? 0);
}

/**
 * The committed changes after `version`, oldest first, at most `limit` (for a stream that
 * reconnects with Last-Event-ID). `complete` is false when there were more than `limit`: the
 * reader should reload everything instead.
 */
export async function listChangesSince(
  client: DbClient,
  options: { locationId: string; version: number; limit: number },
): Promise<{ changes: ScheduleChangeEvent[]; complete: boolean }> {
  const rows = await client.scheduleChange.findMany({
    where: { locationId: options.locationId, version: { gt: BigInt(options.version) } },
    orderBy: { version: "asc" },
    take: options.limit + 1,
    select: { locationId: true, version: true, kind: true, appointmentId: true, staffIds: true, dates: true },
  });
  const changes = rows.slice(0, options.limit).flatMap((row) => {
    const parsed = scheduleChangeEventSchema.safeParse({ ...row, version: Number(row.version), dates: row.dates.map(localDateFromDbDate) });
    return parsed.success ? [parsed.data] : [];
  });
  return { changes, complete: rows.length <= options.limit };
}
