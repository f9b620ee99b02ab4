import "server-only";
import { createHash } from "node:crypto";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import { listSlots, nearestSlots, type Slot } from "@/lib/scheduling";
import { buildLocalDay, getDayBounds } from "@/lib/scheduling/local-day";
import { addDays, getLocalDate } from "@/lib/dates/local-date";
import { findBookableService, loadScheduleInput, type BookableService } from "./load-schedule";
import { getScheduleCache } from "./schedule-cache";
import type { AvailabilityQuery } from "./schema";

export type AvailableSlot = { start: string; end: string; date: string; staffIds: string[] };
export type Availability = { timeZone: string; serviceId: string; slots: AvailableSlot[] };

type SlotOptions = { staffId?: string; now: Date; excludeAppointmentId?: string };

/** Bookable slots for a service over local dates. Public: anyone may look before signing in. */
export async function findAvailability(query: AvailabilityQuery, now: Date): Promise<Availability> {
  const { availability } = await findAvailabilityWithTag(query, now);
  return availability;
}

/**
 * The availability and a strong validator for it (the API's ETag). At one schedule version the
 * answer to a query only loses its earliest times as the clock moves (and gains a day at the far
 * end at midnight): a contiguous run of one fixed list. So the schedule version, everything about
 * the service the engine reads, the query and the run's first and last start and length name the
 * answer exactly: equal tags mean equal bodies, and any change to the answer changes the tag.
 */
export async function findAvailabilityWithTag(query: AvailabilityQuery, now: Date): Promise<{ availability: Availability; etag: string }> {
  const service = await findBookableService(db, query.service);
  if (!service) throw new AppError("NOT_FOUND", "That treatment is not open for booking.");
  const { slots, version } = await cachedSlots(service, { from: query.from, to: query.to }, { staffId: query.staff, now });
  const availability = { timeZone: service.location.timeZone, serviceId: service.id, slots: slots.map(toAvailableSlot) };
  const digest = createHash("sha256")
    .update(
      JSON.stringify([serviceKey(service), query.from, query.to, query.staff ?? null, slots.length, slots[0]?.start, slots.at(-1)?.start]),
    )
    .digest("base64url")
    .slice(0, 22);
  return { availability, etag: `"${version}-${digest}"` };
}

export async function computeSlots(service: BookableService, range: { from: string; to: string }, options: SlotOptions): Promise<Slot[]> {
  return (await cachedSlots(service, range, options)).slots;
}

/**
 * Slots through this instance's schedule cache (./schedule-cache.ts): one read of the schedule
 * version, then the engine input and the slot list for this minute are reused until a change.
 * Slots depend on `now` only through "not before now + notice" (starts are whole minutes, so the
 * next whole minute gives the same answer) and today's date (kept: the minute is not used when it
 * would fall on the next local day).
 */
async function cachedSlots(service: BookableService, range: { from: string; to: string }, options: SlotOptions) {
  const cache = getScheduleCache();
  const locationId = service.location.id;
  const version = await cache.version(db, locationId);
  const inputKey = JSON.stringify([
    serviceKey(service),
    range.from,
    range.to,
    options.staffId ?? null,
    options.excludeAppointmentId ?? null,
  ]);
  const input = await cache.get(locationId, version, `input:${inputKey}`, () =>
    loadScheduleInput(db, { service, range, staffId: options.staffId, excludeAppointmentId: options.excludeAppointmentId }),
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
 * The free times nearest to one that was just lost. The same day is searched first; only when it
 * cannot hold the nearest `count` (too few free times, or one on another day could be nearer) is
 * the search widened to a week either side, so the answer is the same as searching the fortnight.
 */
export async function findAlternatives(
  service: BookableService,
  requested: Date,
  options: SlotOptions & { count?: number },
): Promise<AvailableSlot[]> {
  const count = options.count ?? 5;
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
