import { describe, expect, test } from "vitest";
import { dateOverrideSchema, timeOffSchema, toMinute, toTimeOfDay, weeklyHoursSchema } from "./hours-schema";

const staffId = "11111111-1111-4111-8111-111111111111";
const issues = (result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  (result.error?.issues ?? []).map((i) => `${i.path.join(".")}: ${i.message}`);

describe("weeklyHoursSchema", () => {
  test.each([
    {
      name: "two ranges with a break",
      ranges: [
        { weekday: 1, start: "09:00", end: "12:00" },
        { weekday: 1, start: "13:00", end: "17:00" },
      ],
      errors: [],
    },
    {
      name: "touching ranges",
      ranges: [
        { weekday: 1, start: "09:00", end: "12:00" },
        { weekday: 1, start: "12:00", end: "17:00" },
      ],
      errors: [],
    },
    { name: "until midnight", ranges: [{ weekday: 5, start: "18:00", end: "24:00" }], errors: [] },
    {
      name: "same times on different days",
      ranges: [
        { weekday: 1, start: "09:00", end: "17:00" },
        { weekday: 2, start: "09:00", end: "17:00" },
      ],
      errors: [],
    },
    {
      name: "end before start",
      ranges: [{ weekday: 1, start: "17:00", end: "09:00" }],
      errors: ["ranges.0.end: End after the start time."],
    },
    { name: "empty range", ranges: [{ weekday: 1, start: "09:00", end: "09:00" }], errors: ["ranges.0.end: End after the start time."] },
    {
      name: "overlap on one day",
      ranges: [
        { weekday: 3, start: "09:00", end: "13:00" },
        { weekday: 3, start: "12:00", end: "17:00" },
      ],
      errors: ["ranges.1.start: This range overlaps another range on the same day."],
    },
    { name: "outside the day", ranges: [{ weekday: 1, start: "09:00", end: "25:00" }], errors: ["ranges.0.end: Use a time like 09:00."] },
    {
      name: "start at 24:00",
      ranges: [{ weekday: 1, start: "24:00", end: "24:00" }],
      errors: ["ranges.0.start: A range cannot start at midnight at the end of the day."],
    },
    { name: "weekday 8", ranges: [{ weekday: 8, start: "09:00", end: "10:00" }], errors: ["ranges.0.weekday: Choose a day."] },
  ])("$name", ({ ranges, errors }) => {
    expect(issues(weeklyHoursSchema.safeParse({ staffId, ranges }))).toEqual(errors);
  });

  test("an empty week is allowed (no hours at all)", () => {
    expect(weeklyHoursSchema.safeParse({ staffId, ranges: [] }).success).toBe(true);
  });
});

describe("timeOffSchema", () => {
  test.each([
    { from: "2030-03-04T09:00", to: "2030-03-05T17:00", errors: [] },
    { from: "2030-03-04T09:00", to: "2030-03-04T09:00", errors: ["to: End after the start."] },
    { from: "2030-03-04 09:00", to: "2030-03-04T10:00", errors: ["from: Use a date and time like 2026-12-01T09:00."] },
  ])("$from → $to", ({ from, to, errors }) => {
    expect(issues(timeOffSchema.safeParse({ staffId, from, to }))).toEqual(errors);
  });
});

describe("dateOverrideSchema", () => {
  test.each([
    { name: "day off", input: { dayOff: true }, errors: [] },
    { name: "custom hours", input: { dayOff: false, ranges: [{ start: "10:00", end: "14:00" }] }, errors: [] },
    { name: "neither", input: { dayOff: false, ranges: [] }, errors: ["ranges: Add at least one range, or mark the day off."] },
    {
      name: "overlap",
      input: {
        dayOff: false,
        ranges: [
          { start: "10:00", end: "14:00" },
          { start: "13:00", end: "15:00" },
        ],
      },
      errors: ["ranges.1.start: This range overlaps another range on the same day."],
    },
  ])("$name", ({ input, errors }) => {
    expect(issues(dateOverrideSchema.safeParse({ staffId, date: "2030-03-04", ...input }))).toEqual(errors);
  });
});

test("time conversions round-trip", () => {
  expect(toMinute("09:30")).toBe(570);
  expect(toMinute("24:00")).toBe(1440);
  expect(toTimeOfDay(570)).toBe("09:30");
  expect(toTimeOfDay(1440)).toBe("24:00");
});
