import { describe, expect, test } from "vitest";
import type { StaffSchedule } from "@/lib/scheduling";
import { countedDates, countWorkingMinutes } from "./working-minutes";

type Case = {
  name: string;
  from: string;
  to: string;
  startDate?: string;
  schedule: Omit<StaffSchedule, "id" | "blocked">;
  expected: number;
};

const NINE_TO_FIVE = { startMinute: 540, endMinute: 1020 };
const weekdays = { 1: [NINE_TO_FIVE], 2: [NINE_TO_FIVE], 3: [NINE_TO_FIVE], 4: [NINE_TO_FIVE], 5: [NINE_TO_FIVE] };

const cases: Case[] = [
  { name: "one Monday", from: "2030-03-04", to: "2030-03-04", schedule: { weeklyHours: weekdays }, expected: 480 },
  { name: "a whole week (Mon–Sun)", from: "2030-03-04", to: "2030-03-10", schedule: { weeklyHours: weekdays }, expected: 5 * 480 },
  {
    name: "a break leaves a gap",
    from: "2030-03-04",
    to: "2030-03-04",
    schedule: {
      weeklyHours: {
        1: [
          { startMinute: 540, endMinute: 720 },
          { startMinute: 780, endMinute: 1020 },
        ],
      },
    },
    expected: 420,
  },
  {
    name: "an override replaces the day's hours",
    from: "2030-03-04",
    to: "2030-03-05",
    schedule: { weeklyHours: weekdays, dateOverrides: { "2030-03-04": [{ startMinute: 600, endMinute: 720 }] } },
    expected: 120 + 480,
  },
  {
    name: "an override without ranges is a day off",
    from: "2030-03-04",
    to: "2030-03-05",
    schedule: { weeklyHours: weekdays, dateOverrides: { "2030-03-05": [] } },
    expected: 480,
  },
  {
    // 10:00–12:00 EST on Monday 2030-03-04 is 15:00Z–17:00Z.
    name: "time off is removed",
    from: "2030-03-04",
    to: "2030-03-04",
    schedule: { weeklyHours: weekdays, timeOff: [{ start: Date.parse("2030-03-04T15:00:00Z"), end: Date.parse("2030-03-04T17:00:00Z") }] },
    expected: 360,
  },
  {
    // Spring forward on Sunday 2030-03-10 in New York: 01:00–04:00 wall time is two real hours.
    name: "a spring-forward day counts real minutes",
    from: "2030-03-10",
    to: "2030-03-10",
    schedule: { weeklyHours: { 7: [{ startMinute: 60, endMinute: 240 }] } },
    expected: 120,
  },
  // The start date: hours count from an esthetician's first working day (Mon 2030-03-04 … Sun 2030-03-10).
  {
    name: "started long before the period",
    from: "2030-03-04",
    to: "2030-03-10",
    startDate: "2020-01-01",
    schedule: { weeklyHours: weekdays },
    expected: 5 * 480,
  },
  {
    name: "started on the period's first day",
    from: "2030-03-04",
    to: "2030-03-10",
    startDate: "2030-03-04",
    schedule: { weeklyHours: weekdays },
    expected: 5 * 480,
  },
  {
    name: "started mid-period (Wednesday)",
    from: "2030-03-04",
    to: "2030-03-10",
    startDate: "2030-03-06",
    schedule: { weeklyHours: weekdays },
    expected: 3 * 480,
  },
  {
    name: "started on the period's last working day",
    from: "2030-03-04",
    to: "2030-03-08",
    startDate: "2030-03-08",
    schedule: { weeklyHours: weekdays },
    expected: 480,
  },
  {
    name: "started on the period's last day (a Sunday off)",
    from: "2030-03-04",
    to: "2030-03-10",
    startDate: "2030-03-10",
    schedule: { weeklyHours: weekdays },
    expected: 0,
  },
  {
    name: "starts after the period",
    from: "2030-03-04",
    to: "2030-03-10",
    startDate: "2030-03-11",
    schedule: { weeklyHours: weekdays },
    expected: 0,
  },
  {
    name: "an override before the start date does not count",
    from: "2030-03-02",
    to: "2030-03-05",
    startDate: "2030-03-05",
    schedule: { weeklyHours: weekdays, dateOverrides: { "2030-03-02": [NINE_TO_FIVE], "2030-03-04": [NINE_TO_FIVE] } },
    expected: 480,
  },
];

describe("countWorkingMinutes", () => {
  test.each(cases)("$name → $expected", ({ from, to, startDate = "2000-01-01", schedule, expected }) => {
    expect(countWorkingMinutes({ schedule: { id: "s", ...schedule }, from, to, startDate, timeZone: "America/New_York" })).toBe(expected);
  });
});

describe("countedDates", () => {
  const period = { from: "2030-03-04", to: "2030-03-10" };
  test.each([
    { startDate: "2029-12-31", expected: period },
    { startDate: "2030-03-04", expected: period },
    { startDate: "2030-03-07", expected: { from: "2030-03-07", to: "2030-03-10" } },
    { startDate: "2030-03-10", expected: { from: "2030-03-10", to: "2030-03-10" } },
    { startDate: "2030-03-11", expected: null },
  ])("started $startDate → $expected", ({ startDate, expected }) => {
    expect(countedDates(period, startDate)).toEqual(expected);
  });
});
