import { describe, expect, it } from "vitest";
import { listSlots } from "./list-slots";
import { at, everyDay, isoStarts, member, options, utc } from "@/tests/support/scheduling";
import type { ListSlotsOptions, StaffSchedule } from "./types";

// Change days: New York 2025-03-09 02:00 EST → 03:00 EDT and 2025-11-02 02:00 EDT → 01:00 EST;
// London 2025-03-30 01:00 GMT → 02:00 BST and 2025-10-26 02:00 BST → 01:00 GMT.
function onDay(timeZone: string, date: string, hours: string, durationMinutes: number, staff?: StaffSchedule[]) {
  return options({
    timeZone,
    now: at("2025-01-01T00:00:00Z"),
    policy: { slotIntervalMinutes: 30, minNoticeMinutes: 0, maxAdvanceDays: 365 },
    range: { from: date, to: date },
    service: { durationMinutes, bufferBeforeMinutes: 0, bufferAfterMinutes: 0, resources: [] },
    staff: staff ?? [member("a", { weeklyHours: everyDay(hours) })],
  } satisfies Partial<ListSlotsOptions>);
}

const cases: Array<{ name: string; input: ListSlotsOptions; expected: string[] }> = [
  {
    name: "New York, the day before spring forward: 9:00 is EST",
    input: onDay("America/New_York", "2025-03-08", "09:00-10:00", 30),
    expected: ["2025-03-08T09:00-05:00", "2025-03-08T09:30-05:00"],
  },
  {
    name: "New York, spring forward: 9:00 wall clock is now EDT",
    input: onDay("America/New_York", "2025-03-09", "09:00-10:00", 30),
    expected: ["2025-03-09T09:00-04:00", "2025-03-09T09:30-04:00"],
  },
  {
    name: "New York, spring forward: 02:00–02:59 does not exist and is not offered",
    input: onDay("America/New_York", "2025-03-09", "01:00-04:00", 30),
    expected: ["2025-03-09T01:00-05:00", "2025-03-09T01:30-05:00", "2025-03-09T03:00-04:00", "2025-03-09T03:30-04:00"],
  },
  {
    name: "New York, spring forward: a 60-minute slot may run across the gap (01:30 EST → 03:30 EDT)",
    input: onDay("America/New_York", "2025-03-09", "01:00-04:00", 60),
    expected: ["2025-03-09T01:00-05:00", "2025-03-09T01:30-05:00", "2025-03-09T03:00-04:00"],
  },
  {
    name: "New York, fall back: 9:00 wall clock is now EST",
    input: onDay("America/New_York", "2025-11-02", "09:00-10:00", 30),
    expected: ["2025-11-02T09:00-05:00", "2025-11-02T09:30-05:00"],
  },
  {
    name: "New York, fall back: the repeated 01:00–01:59 is offered once, at its first occurrence (EDT)",
    input: onDay("America/New_York", "2025-11-02", "00:00-03:00", 30),
    expected: [
      "2025-11-02T00:00-04:00",
      "2025-11-02T00:30-04:00",
      "2025-11-02T01:00-04:00",
      "2025-11-02T01:30-04:00",
      "2025-11-02T02:00-05:00",
      "2025-11-02T02:30-05:00",
    ],
  },
  {
    name: "New York, fall back: the first 01:00 stays offered when the second one is booked",
    input: onDay("America/New_York", "2025-11-02", "00:00-03:00", 30, [
      member("a", {
        weeklyHours: everyDay("00:00-03:00"),
        blocked: [{ start: at("2025-11-02T01:00-05:00"), end: at("2025-11-02T02:00-05:00") }],
      }),
    ]),
    expected: [
      "2025-11-02T00:00-04:00",
      "2025-11-02T00:30-04:00",
      "2025-11-02T01:00-04:00",
      "2025-11-02T01:30-04:00",
      "2025-11-02T02:00-05:00",
      "2025-11-02T02:30-05:00",
    ],
  },
  {
    name: "London, spring forward: 9:00 wall clock is now BST",
    input: onDay("Europe/London", "2025-03-30", "09:00-10:00", 30),
    expected: ["2025-03-30T09:00+01:00", "2025-03-30T09:30+01:00"],
  },
  {
    name: "London, spring forward: 01:00–01:59 does not exist and is not offered",
    input: onDay("Europe/London", "2025-03-30", "00:00-03:00", 30),
    expected: ["2025-03-30T00:00+00:00", "2025-03-30T00:30+00:00", "2025-03-30T02:00+01:00", "2025-03-30T02:30+01:00"],
  },
  {
    name: "London, fall back: 9:00 wall clock is now GMT",
    input: onDay("Europe/London", "2025-10-26", "09:00-10:00", 30),
    expected: ["2025-10-26T09:00+00:00", "2025-10-26T09:30+00:00"],
  },
  {
    name: "London, fall back: the repeated 01:00–01:59 is offered once, at its first occurrence (BST)",
    input: onDay("Europe/London", "2025-10-26", "00:00-03:00", 30),
    expected: [
      "2025-10-26T00:00+01:00",
      "2025-10-26T00:30+01:00",
      "2025-10-26T01:00+01:00",
      "2025-10-26T01:30+01:00",
      "2025-10-26T02:00+00:00",
      "2025-10-26T02:30+00:00",
    ],
  },
];

describe("DST change days keep wall-clock hours", () => {
  it.each(cases)("$name", ({ input, expected }) => {
    expect(isoStarts(listSlots(input))).toEqual(expected.map(utc));
  });

  it("a working range across the repeated hour lasts its real length (00:00–03:00 is 4 hours)", () => {
    const slots = listSlots(onDay("America/New_York", "2025-11-02", "00:00-03:00", 240));
    expect(isoStarts(slots)).toEqual([utc("2025-11-02T00:00-04:00")]);
  });

  it("tags every slot with its local date across a month that contains a change", () => {
    const input = onDay("America/New_York", "2025-11-01", "00:00-24:00", 30);
    const slots = listSlots({ ...input, range: { from: "2025-11-01", to: "2025-11-03" } });
    const perDay: Record<string, number> = {};
    for (const slot of slots) perDay[slot.date] = (perDay[slot.date] ?? 0) + 1;
    // 48 half hours a day; the repeated hour adds no starts on 2025-11-02.
    expect(perDay).toEqual({
      "2025-11-01": 48,
      "2025-11-02": 48,
      "2025-11-03": 48,
    });
  });

  it("a date the zone skipped entirely (Samoa moved across the date line) has no slots", () => {
    const input = onDay("Pacific/Apia", "2011-12-29", "00:00-24:00", 60);
    const range = { from: "2011-12-29", to: "2011-12-31" };
    const slots = listSlots({ ...input, now: at("2011-12-01T00:00:00Z"), range });
    const perDay: Record<string, number> = {};
    for (const slot of slots) perDay[slot.date] = (perDay[slot.date] ?? 0) + 1;
    // Half-hour grid, 60-minute service: 47 starts a day, and none on the day that never happened.
    expect(perDay).toEqual({ "2011-12-29": 47, "2011-12-31": 47 });
  });
});
