import { computeBlockedInterval, MINUTE_MS, toEpochMs } from "./instant";
import { WindowSweep } from "./interval";
import { addDays, getLocalDate } from "@/lib/dates/local-date";
import { buildLocalDay, listGridStarts, type LocalDay } from "./local-day";
import { buildKindPools, createResourceSweep } from "./resources";
import { buildFreeWindows } from "./staff-windows";
import type { EpochMs, ListSlotsOptions, Slot } from "./types";
import { assertValidOptions } from "./validate";

/**
 * Bookable slots for the range, ascending by start. A start is offered when its blocked
 * interval fits inside one free window of at least one esthetician (hours minus appointments
 * and time off) and enough units of every required resource kind are free for that interval.
 * The union over `staff` is the "any esthetician" answer; `staffIds` says who can take each slot.
 */
export function listSlots(options: ListSlotsOptions): Slot[] {
  assertValidOptions(options);
  const { policy, service } = options;
  const nowMs = toEpochMs(options.now);
  const days = listBookableDays(options, nowMs);
  const pools = buildKindPools(service.resources, options.resources ?? []);
  if (days.length === 0 || pools === null) return [];

  // Sorting staff once makes every slot's staffIds come out sorted by id with no per-slot sort.
  const staff = [...options.staff]
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .map((member) => ({ id: member.id, windows: new WindowSweep(buildFreeWindows(member, days)) }));
  const resourcesFree = createResourceSweep(pools);
  const earliestStart = nowMs + policy.minNoticeMinutes * MINUTE_MS;
  const durationMs = service.durationMinutes * MINUTE_MS;

  // Starts ascend across the whole range (local days are consecutive, disjoint stretches of
  // time), which is what lets every sweep below move forward only.
  const slots: Slot[] = [];
  for (const day of days) {
    for (const start of listGridStarts(day, policy.slotIntervalMinutes)) {
      if (start < earliestStart) continue;
      const blocked = computeBlockedInterval(service, start);
      const staffIds: string[] = [];
      for (const member of staff) if (member.windows.contains(blocked)) staffIds.push(member.id);
      if (staffIds.length > 0 && resourcesFree(blocked)) {
        slots.push({ start, end: start + durationMs, date: day.date, staffIds });
      }
    }
  }
  return slots;
}

/**
 * The range clipped to [today, today + maxAdvanceDays] in the location's zone, each day converted
 * once. Days before today cannot hold a start after `now`, so skipping them changes nothing.
 */
function listBookableDays(options: ListSlotsOptions, nowMs: EpochMs): LocalDay[] {
  const today = getLocalDate(nowMs, options.timeZone);
  const lastBookable = addDays(today, options.policy.maxAdvanceDays);
  const from = options.range.from > today ? options.range.from : today;
  const to = options.range.to < lastBookable ? options.range.to : lastBookable;
  const days: LocalDay[] = [];
  for (let date = from; date <= to; date = addDays(date, 1)) days.push(buildLocalDay(date, options.timeZone));
  return days;
}
