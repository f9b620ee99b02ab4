import "server-only";
import { createHash } from "node:crypto";
import { db, type DbClient } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import { listSlots, nearestSlots, type Slot } from "@/lib/scheduling";
import { buildLocalDay, getDayBounds } from "@/lib/scheduling/local-day";
import { addDays, getLocalDate } from "@/lib/dates/local-date";
import { findBookableService, loadScheduleInput, type BookableService } from "./load-schedule";
import { getScheduleCache, type ScheduleCache } from "./schedule-cache";
import type { AvailabilityQuery } from "./schema";

export type AvailableSlot = { start: string; end: string; date: string; staffIds: string[] };
export type Availability = { timeZone: string; serviceId: string; slots: AvailableSlot[] };

type SlotOptions = {
  staffId?: string;
  now: Date;
  excludeAppointmentId?: string;
};

/** Where an instance reads schedules: its database client and its cache (this process's by default). */
export type ScheduleReader = { client: DbClient; cache: ScheduleCache };

function thisInstance(): ScheduleReader {
  return { client: db, cache: getScheduleCache() };
}

/** Bookable slots for a service over local dates. Public: anyone may look before signing in. */
export async function findAvailability(query: AvailabilityQuery, now: Date, reader = thisInstance()): Promise<Availability> {
  const { service, slots } = await taggedSlots(query, now, reader);
  return { timeZone: service.location.timeZone, serviceId: service.id, slots: slots.map(toAvailableSlot) };
}

/**
 * GET /api/v1/availability's body and ETag. The serialised body is kept in the schedule cache
 * under its tag, so a repeat of a popular query costs one round trip and no serialisation.
 */
export async function findAvailabilityJson(
  query: AvailabilityQuery,
  now: Date,
  reader = thisInstance(),
): Promise<{ json: string; etag: string }> {
  const { service, slots, etag } = await taggedSlots(query, now, reader);
  const json = await reader.cache.get(service.location.id, service.scheduleVersion, `json:${etag}`, async () =>
    JSON.stringify({
      timeZone: service.location.timeZone,
      slots: slots.map((slot) => ({
        start: new Date(slot.start).toISOString(),
        end: new Date(slot.end).toISOString(),
        staffIds: slot.staffIds,
      })),
    }),
  );
  return { json, etag };
}

/**
 * The slots and a strong validator for them (the API's ETag). At one schedule version the answer
 * to a query only loses its earliest times as the clock moves (and gains a day at the far end at
 * midnight): a contiguous run of one fixed list. So the schedule version, everything about the
 * service the engine reads, the query and the run's first and last start and length name the
 * answer exactly: equal tags mean equal bodies, and any change to the answer changes the tag.
 */
async function taggedSlots(query: AvailabilityQuery, now: Date, reader: ScheduleReader) {
  const service = await findBookableService(reader.client, query.service);
  if (!service) throw new AppError("NOT_FOUND", "That treatment is not open for booking.");
  const { slots, version } = await cachedSlots(reader, service, { from: query.from, to: query.to }, { staffId: query.staff, now });
  const digest = createHash("sha256")
    .update(
      JSON.stringify([serviceKey(service), query.from, query.to, query.staff ?? null, slots.length, slots[0]?.start, slots.at(-1)?.start]),
    )
    .digest("base64url")
    .slice(0, 22);
  return { service, slots, etag: `"${version}-${digest}"` };
}

export async function computeSlots(service: BookableService, range: { from: string; to: string }, options: SlotOptions): Promise<Slot[]> {
  return (await cachedSlots(thisInstance(), service, range, options)).slots;
}

/**
 * Slots through this instance's schedule cache (./schedule-cache.ts): keyed by the schedule
 * version read with the service, the engine input and the slot list for this minute are reused
 * until a change. A request whose answers are all cached costs one round trip: the service.
 * Slots depend on `now` only through "not before now + notice" (starts are whole minutes, so the
 * next whole minute gives the same answer) and today's date (kept: the minute is not used when it
 * would fall on the next local day).
 */
async function cachedSlots(
  { client, cache }: ScheduleReader,
  service: BookableService,
  range: { from: string; to: string },
  options: SlotOptions,
) {
  const locationId = service.location.id;
  // The version read with the service, in the same statement and so before any schedule data (or
  // read again for a later look: withCurrentVersion).
  const version = service.scheduleVersion;
  const inputKey = JSON.stringify([
    serviceKey(service),
    range.from,
    range.to,
    options.staffId ?? null,
    options.excludeAppointmentId ?? null,
  ]);
  const input = await cache.get(locationId, version, `input:${inputKey}`, () =>
    loadScheduleInput(client, { service, range, staffId: options.staffId, excludeAppointmentId: options.excludeAppointmentId }),
  );
  const at = engineMinute(options.now, service.location.timeZone);
  const slots = await cache.get(locationId, version, `slots:${at}:${inputKey}`, async () => listSlots({ ...input, now: at }));
  return { slots, version };
}

/** The next whole minute (same answers as `now`), or `now` itself when that minute is already tomorrow. */
function engineMinute(now: Date, timeZone: string): number {
  const minute = Math.ceil(now.getTime() / 60_000) * 60_000;
  return getLocalDate(minute, timeZone) === getLocalDate(now, timeZone) ? minute : now.getTime();
}

/** What the engine reads from the service and its policy (a service edit does not bump the schedule version). */
function serviceKey(service: BookableService) {
  const policy = service.location.bookingPolicy;
  return [
    service.id,
    service.durationMinutes,
    service.bufferBeforeMinutes,
    service.bufferAfterMinutes,
    service.resourceRequirements.map((r) => `${r.kind}×${r.quantity}`).join(","),
    service.location.timeZone,
    policy ? [policy.slotIntervalMinutes, policy.minNoticeMinutes, policy.maxAdvanceDays] : null,
  ];
}

/**
 * `found` with the location's schedule version as committed now, instead of the one read with the
 * service: for a second look in the same request (one primary-key read).
 */
export async function withCurrentVersion(found: BookableService): Promise<BookableService> {
  const { client, cache } = thisInstance();
  return { ...found, scheduleVersion: await cache.version(client, found.location.id) };
}

/**
 * The free times nearest to one that was just lost. The same day is searched first; only when it
 * cannot hold the nearest `count` (too few free times, or one on another day could be nearer) is
 * the search widened to a week either side, so the answer is the same as searching the fortnight.
 * It follows a lost race, so the schedule version is read again (once, for both searches): the
 * answer includes the winner. `versionShowedTaken` when the service's version is the one that
 * showed the time taken, in this same request (the booking's check before its transaction): then
 * there is nothing newer to include.
 */
export async function findAlternatives(
  found: BookableService,
  requested: Date,
  slotOptions: SlotOptions & { count?: number; versionShowedTaken?: boolean },
): Promise<AvailableSlot[]> {
  const { versionShowedTaken, count = 5, ...options } = slotOptions;
  const service = versionShowedTaken ? found : await withCurrentVersion(found);
  const target = requested.getTime();
  const date = getLocalDate(requested, service.location.timeZone);
  const sameDay = nearestSlots(await computeSlots(service, { from: date, to: date }, options), requested, count);
  const day = getDayBounds(buildLocalDay(date, service.location.timeZone));
  const farthest = Math.max(0, ...sameDay.map((slot) => Math.abs(slot.start - target)));
  if (sameDay.length === count && farthest < target - day.start && farthest < day.end - target) return sameDay.map(toAvailableSlot);
  const slots = await computeSlots(service, { from: addDays(date, -7), to: addDays(date, 7) }, options);
  return nearestSlots(slots, requested, count).map(toAvailableSlot);
}

export function toAvailableSlot(slot: Slot): AvailableSlot {
  return {
    start: new Date(slot.start).toISOString(),
    end: new Date(slot.end).toISOString(),
    date: slot.date,
    staffIds: slot.staffIds,
  };
}
