import { describe, expect, test } from "vitest";
import { bookingPolicySchema, isIanaTimeZone } from "./schema";

const paths = (result: { error?: { issues: { path: PropertyKey[] }[] } }) => (result.error?.issues ?? []).map((i) => i.path.join("."));

describe("time zones", () => {
  test.each([
    ["America/New_York", true],
    ["Europe/London", true],
    ["UTC", true],
    ["America/Argentina/Buenos_Aires", true],
    ["Mars/Olympus_Mons", false],
    ["EST5EDT; DROP TABLE", false],
    ["", false],
  ])("%s → %s", (zone, valid) => expect(isIanaTimeZone(zone)).toBe(valid));
});

describe("bookingPolicySchema", () => {
  const policy = {
    slotIntervalMinutes: 15,
    minNoticeMinutes: 120,
    maxAdvanceDays: 90,
    cancellationWindowHours: 24,
    intakeValidMonths: 6,
    timeZone: "America/New_York",
  };
  test.each([
    { patch: {}, errors: [] },
    { patch: { slotIntervalMinutes: 7 }, errors: ["slotIntervalMinutes"] },
    { patch: { maxAdvanceDays: 0 }, errors: ["maxAdvanceDays"] },
    { patch: { timeZone: "New York" }, errors: ["timeZone"] },
    { patch: { cancellationWindowHours: -1 }, errors: ["cancellationWindowHours"] },
    { patch: { intakeValidMonths: 0 }, errors: ["intakeValidMonths"] },
    { patch: { intakeValidMonths: 25 }, errors: ["intakeValidMonths"] },
    { patch: { intakeValidMonths: 24 }, errors: [] },
  ])("$patch", ({ patch, errors }) => {
    expect(paths(bookingPolicySchema.safeParse({ ...policy, ...patch }))).toEqual(errors);
  });
});
