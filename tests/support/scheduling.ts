// Builders shared by the scheduling tests. Expected instants are written as ISO strings with an
// explicit offset and local times are read back with Intl, so neither depends on the process TZ
// nor on the conversion code under test.
import type { EpochMs, ListSlotsOptions, Slot, StaffSchedule, WallRange, WeeklyHours } from "@/lib/scheduling/types";

export const ZONE = "America/New_York";
/** A Tuesday with no DST change near it. */
export const DAY = "2025-06-10";
export const NOW = at("2025-06-01T08:00:00-04:00");

export function at(isoWithOffset: string): EpochMs {
  const ms = Date.parse(isoWithOffset);
  if (Number.isNaN(ms)) throw new Error(`bad instant ${isoWithOffset}`);
  return ms;
}

/** Normalises an offset timestamp to the `toISOString` form slots are compared in. */
export function utc(isoWithOffset: string): string {
  return new Date(at(isoWithOffset)).toISOString();
}

/** "09:00-12:00" → one wall range. */
export function hours(text: string): WallRange {
  const [start, end] = text.split("-").map(minuteOf);
  return { startMinute: start!, endMinute: end! };
}

export function everyDay(...ranges: string[]): WeeklyHours {
  const day = ranges.map(hours);
  return { 1: day, 2: day, 3: day, 4: day, 5: day, 6: day, 7: day };
}

export function member(id: string, extra: Partial<StaffSchedule> = {}): StaffSchedule {
  return { id, weeklyHours: everyDay("09:00-17:00"), ...extra };
}

export function options(overrides: Partial<ListSlotsOptions> = {}): ListSlotsOptions {
  return {
    timeZone: ZONE,
    policy: { slotIntervalMinutes: 60, minNoticeMinutes: 0, maxAdvanceDays: 90 },
    now: NOW,
    range: { from: DAY, to: DAY },
    service: { durationMinutes: 60, bufferBeforeMinutes: 0, bufferAfterMinutes: 0, resources: [] },
    staff: [member("a")],
    resources: [],
    ...overrides,
  };
}

/** Local "HH:MM" of each slot start, or "YYYY-MM-DD HH:MM" with `withDate`. */
export function localTimes(slots: readonly Slot[], timeZone = ZONE, withDate = false): string[] {
  const format = new Intl.DateTimeFormat("en-CA", {
    timeZone,
    ...(withDate ? { year: "numeric", month: "2-digit", day: "2-digit" } : {}),
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
  });
  return slots.map((s) => format.format(s.start).replace(",", ""));
}

export function isoStarts(slots: readonly Slot[]): string[] {
  return slots.map((s) => new Date(s.start).toISOString());
}

/** An instant range from two local times on `date` in the default zone (June: UTC−4). */
export function busy(from: string, to: string, date = DAY): { start: EpochMs; end: EpochMs } {
  return { start: at(`${date}T${from}:00-04:00`), end: at(`${date}T${to}:00-04:00`) };
}

function minuteOf(clock: string): number {
  const [h, m] = clock.split(":").map(Number);
  return h! * 60 + m!;
}
