import { describe, expect, test } from "vitest";
import { describeTimeZone, formatInstant, formatLocalDate, formatMonth, formatTimeOfDay, timeZoneNote } from "./zoned";

describe("formatInstant (in the spa's zone, whatever the process zone)", () => {
  test.each([
    ["2026-12-01T15:30:00Z", "America/New_York", "Tue, Dec 1, 2026, 10:30 AM"],
    ["2026-12-01T15:30:00.000-05:00", "America/New_York", "Tue, Dec 1, 2026, 3:30 PM"],
    ["2026-07-01T13:00:00Z", "America/New_York", "Wed, Jul 1, 2026, 9:00 AM"],
    ["2026-12-01T03:30:00Z", "America/New_York", "Mon, Nov 30, 2026, 10:30 PM"],
    ["2026-12-01T04:00:00Z", "Asia/Kolkata", "Tue, Dec 1, 2026, 9:30 AM"],
    ["2026-03-29T00:30:00Z", "Europe/London", "Sun, Mar 29, 2026, 12:30 AM"],
    ["2026-03-29T01:30:00Z", "Europe/London", "Sun, Mar 29, 2026, 2:30 AM"],
  ])("%s in %s → %s", (iso, zone, expected) => {
    expect(formatInstant(iso, zone)).toBe(expected);
  });

  test("the repeated fall-back hour reads the same wall time twice", () => {
    expect(formatTimeOfDay("2026-11-01T05:30:00Z", "America/New_York")).toBe("1:30 AM");
    expect(formatTimeOfDay("2026-11-01T06:30:00Z", "America/New_York")).toBe("1:30 AM");
  });

  test("uses plain spaces only", () => {
    expect(formatInstant(new Date("2026-12-01T15:30:00Z"), "America/New_York")).not.toMatch(/[\u202f\u00a0]/);
  });

  test("rejects something that is not an instant", () => {
    expect(() => formatInstant("tomorrow", "America/New_York")).toThrow(RangeError);
  });
});

describe("calendar dates and months (no zone involved)", () => {
  test.each([
    ["2026-12-01", false, "Tuesday, December 1"],
    ["2026-12-01", true, "Tuesday, December 1, 2026"],
    ["2028-02-29", true, "Tuesday, February 29, 2028"],
  ])("%s (year %s) → %s", (date, withYear, expected) => {
    expect(formatLocalDate(date, { withYear })).toBe(expected);
  });

  test.each([
    ["2026-12", "December 2026"],
    ["2027-01", "January 2027"],
  ])("%s → %s", (month, expected) => {
    expect(formatMonth(month)).toBe(expected);
  });

  test("rejects a malformed date", () => {
    expect(() => formatLocalDate("12/01/2026")).toThrow(RangeError);
  });
});

describe("naming the zone", () => {
  test.each([
    ["America/New_York", "2026-12-01T15:00:00Z", "New York time (EST)"],
    ["America/New_York", "2026-07-01T15:00:00Z", "New York time (EDT)"],
    ["Europe/London", "2026-07-01T15:00:00Z", "London time (GMT+1)"],
    ["Asia/Kolkata", "2026-12-01T15:00:00Z", "Kolkata time (GMT+5:30)"],
    ["UTC", "2026-12-01T15:00:00Z", "UTC"],
  ])("%s at %s → %s", (zone, at, expected) => {
    expect(describeTimeZone(zone, at)).toBe(expected);
  });

  test("the note says where the times are", () => {
    expect(timeZoneNote("America/New_York", "2026-12-01T15:00:00Z")).toBe("Times are in New York time (EST)");
  });
});
