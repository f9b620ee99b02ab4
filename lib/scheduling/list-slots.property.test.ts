import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { listSlots } from "./list-slots";
import type { Interval, ListSlotsOptions, Slot, StaffSchedule, WallRange } from "./types";

// A brute-force reference: walk every minute, read its wall clock with Intl (not the engine's
// per-day conversion) and apply the rules of DESIGN.md literally. The engine must return exactly
// the starts the reference finds, and never a slot whose blocked interval leaves working hours or
// overlaps its esthetician's appointments or time off.

// Zones with their change days (Lord Howe moves by 30 minutes) and ordinary days, and
// half-hour and quarter-hour offsets, so DST edges come up in most runs.
const ZONE_DAYS: Array<[string, string]> = [
  ["America/New_York", "2025-03-09"],
  ["America/New_York", "2025-11-02"],
  ["Europe/London", "2025-03-30"],
  ["Europe/London", "2025-10-26"],
  ["Australia/Lord_Howe", "2025-04-06"],
  ["Australia/Lord_Howe", "2025-10-05"],
  ["Asia/Kolkata", "2025-06-10"],
  ["Asia/Kathmandu", "2025-12-31"],
  ["UTC", "2025-06-10"],
];
const MINUTE = 60_000;

const wallRange = fc
  .record({ start: fc.integer({ min: 0, max: 287 }), length: fc.integer({ min: 1, max: 144 }) })
  .map(({ start, length }): WallRange => ({ startMinute: start * 5, endMinute: Math.min(1440, (start + length) * 5) }));

function arbitraryOptions(): fc.Arbitrary<ListSlotsOptions> {
  return fc
    .record({ zoneDay: fc.constantFrom(...ZONE_DAYS), dayBefore: fc.boolean(), days: fc.integer({ min: 1, max: 2 }) })
    .chain(({ zoneDay: [timeZone, date], dayBefore, days }) => {
      const base = Date.parse(`${date}T00:00:00Z`) - (dayBefore ? 86_400_000 : 0);
      const from = new Date(base).toISOString().slice(0, 10);
      const near = fc.integer({ min: -20 * 60, max: (days * 24 + 20) * 60 }).map((m) => base + m * MINUTE);
      const busy = fc.tuple(near, fc.integer({ min: 1, max: 600 })).map(([start, m]): Interval => ({ start, end: start + m * MINUTE }));
      // Whole days now and then, so the small hours of change days are often working time.
      const wholeDay = fc.constant({ startMinute: 0, endMinute: 1440 });
      const range = fc.oneof({ arbitrary: wallRange, weight: 3 }, { arbitrary: wholeDay, weight: 1 });
      const day = fc.array(range, { maxLength: 3 });
      const staff = fc.record({
        weeklyHours: fc.record({ 1: day, 2: day, 3: day, 4: day, 5: day, 6: day, 7: day }),
        dateOverrides: fc.option(
          fc.array(wallRange, { maxLength: 2 }).map((ranges) => ({ [from]: ranges })),
          { nil: undefined },
        ),
        timeOff: fc.array(busy, { maxLength: 2 }),
        blocked: fc.array(busy, { maxLength: 8 }),
      });
      return fc.record({
        timeZone: fc.constant(timeZone),
        policy: fc.record({
          slotIntervalMinutes: fc.constantFrom(5, 10, 15, 20, 30, 45, 60),
          minNoticeMinutes: fc.integer({ min: 0, max: 600 }),
          maxAdvanceDays: fc.integer({ min: 0, max: 6 }),
        }),
        now: fc.integer({ min: -72 * 60, max: 12 * 60 }).map((m) => base + m * MINUTE),
        range: fc.constant({ from, to: new Date(base + (days - 1) * 86_400_000).toISOString().slice(0, 10) }),
        service: fc.record({
          durationMinutes: fc.integer({ min: 5, max: 180 }),
          bufferBeforeMinutes: fc.integer({ min: 0, max: 30 }),
          bufferAfterMinutes: fc.integer({ min: 0, max: 30 }),
          resources: fc.constant([]),
        }),
        staff: fc.array(staff, { minLength: 1, maxLength: 3 }).map((list) => list.map((s, i): StaffSchedule => ({ id: `s${i}`, ...s }))),
      });
    });
}

type Wall = { date: string; minute: number };

/** Wall clock of every minute from `start`, read with Intl once per (zone, span) and reused across runs. */
interface Timeline {
  start: number;
  walls: Wall[];
}
const timelines = new Map<string, Timeline>();

function timelineFor(o: ListSlotsOptions): Timeline {
  // Local days lie within [date − 14 h, date + 36 h); the margins also cover buffers and duration.
  const start = Date.parse(`${o.range.from}T00:00:00Z`) - 15 * 60 * MINUTE;
  const end = Date.parse(`${o.range.to}T00:00:00Z`) + 40 * 60 * MINUTE;
  const key = `${o.timeZone} ${start} ${end}`;
  let timeline = timelines.get(key);
  if (!timeline) {
    const fields = { year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit" } as const;
    const format = new Intl.DateTimeFormat("en-CA", { timeZone: o.timeZone, hourCycle: "h23", ...fields });
    const walls: Wall[] = [];
    for (let t = start; t < end; t += MINUTE) {
      const p = Object.fromEntries(format.formatToParts(t).map((part) => [part.type, part.value]));
      walls.push({ date: `${p.year}-${p.month}-${p.day}`, minute: Number(p.hour) * 60 + Number(p.minute) });
    }
    timeline = { start, walls };
    timelines.set(key, timeline);
  }
  return timeline;
}

function hoursOn(member: StaffSchedule, date: string): readonly WallRange[] {
  const override = member.dateOverrides?.[date];
  if (override) return override;
  const weekday = new Date(`${date}T00:00:00Z`).getUTCDay() || 7;
  return member.weeklyHours[weekday as 1] ?? [];
}

/** The blocked interval lies inside the esthetician's hours of `date` and overlaps nothing busy. */
function isFree(member: StaffSchedule, blocked: Interval, date: string, timeline: Timeline): boolean {
  const busy = [...(member.blocked ?? []), ...(member.timeOff ?? [])];
  if (busy.some((b) => b.start < blocked.end && blocked.start < b.end)) return false;
  for (let t = blocked.start; t < blocked.end; t += MINUTE) {
    const wall = timeline.walls[(t - timeline.start) / MINUTE];
    if (wall?.date !== date) return false;
    if (!hoursOn(member, date).some((r) => r.startMinute <= wall.minute && wall.minute < r.endMinute)) return false;
  }
  return true;
}

function referenceSlots(o: ListSlotsOptions, timeline: Timeline): Slot[] {
  const now = Number(o.now);
  const today = new Intl.DateTimeFormat("en-CA", { timeZone: o.timeZone }).format(now);
  const last = new Date(Date.parse(`${today}T00:00:00Z`) + o.policy.maxAdvanceDays * 86_400_000).toISOString().slice(0, 10);
  const { durationMinutes: d, bufferBeforeMinutes: before, bufferAfterMinutes: after } = o.service;
  const slots: Slot[] = [];
  const seen = new Set<string>();
  timeline.walls.forEach((wall, i) => {
    const start = timeline.start + i * MINUTE;
    const key = `${wall.date} ${wall.minute}`;
    const repeated = seen.has(key); // a fall-back wall time seen before: only its first occurrence counts
    seen.add(key);
    if (repeated || wall.minute % o.policy.slotIntervalMinutes !== 0) return;
    if (wall.date < o.range.from || wall.date > o.range.to || wall.date > last) return;
    if (start < now + o.policy.minNoticeMinutes * MINUTE) return;
    const blocked = { start: start - before * MINUTE, end: start + (d + after) * MINUTE };
    const staffIds = o.staff.filter((m) => isFree(m, blocked, wall.date, timeline)).map((m) => m.id);
    if (staffIds.length > 0) slots.push({ start, end: start + d * MINUTE, date: wall.date, staffIds });
  });
  return slots;
}

describe("listSlots against a minute-by-minute reference", () => {
  it("returns exactly the reference's slots, none overlapping busy time or leaving working hours", () => {
    fc.assert(
      fc.property(arbitraryOptions(), (o) => {
        const slots = listSlots(o);
        const timeline = timelineFor(o);
        for (const slot of slots) {
          const { bufferBeforeMinutes: before, bufferAfterMinutes: after } = o.service;
          const blocked = { start: slot.start - before * MINUTE, end: slot.end + after * MINUTE };
          for (const id of slot.staffIds) {
            expect(
              isFree(
                o.staff.find((m) => m.id === id)!,
                blocked,
                slot.date,
                timeline,
              ),
            ).toBe(true);
          }
        }
        expect(slots).toEqual(referenceSlots(o, timeline));
      }),
      { numRuns: 150, seed: 20250610 },
    );
  }, 60_000);
});
