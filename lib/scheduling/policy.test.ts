import { describe, expect, it } from "vitest";
import { listSlots } from "./list-slots";
import { at, everyDay, localTimes, member, options, utc, ZONE } from "@/tests/support/scheduling";
import type { ListSlotsOptions } from "./types";

const policy = (minNoticeMinutes: number, maxAdvanceDays: number) => ({ slotIntervalMinutes: 15, minNoticeMinutes, maxAdvanceDays });
const twoHours = [member("a", { weeklyHours: everyDay("09:00-11:00") })];

const cases: Array<{ name: string; input: Partial<ListSlotsOptions>; expected: string[] }> = [
  {
    name: "minimum notice rounds up to the next grid start",
    input: { now: at("2025-06-10T08:10:00-04:00"), policy: policy(60, 90), staff: twoHours },
    expected: ["2025-06-10 09:15", "2025-06-10 09:30", "2025-06-10 09:45", "2025-06-10 10:00"],
  },
  {
    name: "a start exactly at now + notice is offered",
    input: { now: at("2025-06-10T09:00:00-04:00"), policy: policy(60, 90), staff: twoHours },
    expected: ["2025-06-10 10:00"],
  },
  {
    name: "days wholly in the past give nothing",
    input: { now: at("2025-06-12T08:00:00-04:00"), range: { from: "2025-06-09", to: "2025-06-11" }, staff: twoHours },
    expected: [],
  },
  {
    name: "maximum advance ends with the local date today + maxAdvanceDays",
    input: {
      now: at("2025-06-10T23:30:00-04:00"),
      policy: { slotIntervalMinutes: 60, minNoticeMinutes: 0, maxAdvanceDays: 2 },
      range: { from: "2025-06-10", to: "2025-06-20" },
      staff: [member("a", { weeklyHours: everyDay("09:00-10:00") })],
    },
    expected: ["2025-06-11 09:00", "2025-06-12 09:00"],
  },
  {
    // 03:30 UTC is already 23:30 the day before in New York: "today" is the location's date.
    name: "today is the location's date, not UTC's",
    input: {
      now: at("2025-06-11T03:30:00Z"),
      policy: { slotIntervalMinutes: 60, minNoticeMinutes: 0, maxAdvanceDays: 1 },
      range: { from: "2025-06-10", to: "2025-06-20" },
      staff: [member("a", { weeklyHours: everyDay("09:00-10:00") })],
    },
    expected: ["2025-06-11 09:00"],
  },
  {
    name: "maxAdvanceDays 0 allows today only",
    input: {
      now: at("2025-06-10T06:00:00-04:00"),
      policy: { slotIntervalMinutes: 60, minNoticeMinutes: 0, maxAdvanceDays: 0 },
      range: { from: "2025-06-10", to: "2025-06-12" },
      staff: [member("a", { weeklyHours: everyDay("09:00-10:00") })],
    },
    expected: ["2025-06-10 09:00"],
  },
];

describe("booking policy", () => {
  it.each(cases)("$name", ({ input, expected }) => {
    expect(localTimes(listSlots(options(input)), ZONE, true)).toEqual(expected);
  });
});

describe("a half-hour-offset zone (Asia/Kolkata, UTC+05:30)", () => {
  const kolkata = (overrides: Partial<ListSlotsOptions>) =>
    options({ timeZone: "Asia/Kolkata", now: at("2025-06-01T08:00:00+05:30"), ...overrides });

  it("puts wall-clock hours at the right instants", () => {
    const slots = listSlots(
      kolkata({
        policy: policy(0, 90),
        service: { durationMinutes: 30, bufferBeforeMinutes: 0, bufferAfterMinutes: 0, resources: [] },
        staff: [member("a", { weeklyHours: everyDay("09:00-10:00") })],
      }),
    );
    expect(slots.map((s) => new Date(s.start).toISOString())).toEqual(
      ["09:00", "09:15", "09:30"].map((t) => utc(`2025-06-10T${t}:00+05:30`)),
    );
  });

  it("counts the grid from local midnight, not UTC midnight", () => {
    const slots = listSlots(
      kolkata({
        policy: { slotIntervalMinutes: 60, minNoticeMinutes: 0, maxAdvanceDays: 90 },
        staff: [member("a", { weeklyHours: everyDay("08:30-12:00") })],
      }),
    );
    // A UTC-anchored hourly grid would land on :30 local; local-anchored lands on the hour.
    expect(localTimes(slots, "Asia/Kolkata")).toEqual(["09:00", "10:00", "11:00"]);
  });
});

describe("input checks", () => {
  it.each([
    ["an unknown zone", { timeZone: "Mars/Olympus_Mons" }],
    ["an invalid now", { now: new Date("not a date") }],
    ["an impossible date", { range: { from: "2025-02-30", to: "2025-03-01" } }],
    ["a reversed range", { range: { from: "2025-06-11", to: "2025-06-10" } }],
    ["a zero grid", { policy: { slotIntervalMinutes: 0, minNoticeMinutes: 0, maxAdvanceDays: 1 } }],
    ["hours across midnight", { staff: [member("a", { weeklyHours: { 2: [{ startMinute: 1320, endMinute: 120 }] } })] }],
  ] as Array<[string, Partial<ListSlotsOptions>]>)("rejects %s with a RangeError", (_name, input) => {
    expect(() => listSlots(options(input))).toThrow(RangeError);
  });
});
