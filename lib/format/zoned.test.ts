import { describe, expect, test } from "vitest";
import { formatLocalDate, formatMonth } from "./calendar";
import {
  describeTimeZone,
  formatDateTime,
  formatInstant,
  formatLoggedAt,
  formatSoon,
  formatTimeOfDay,
  formatTimeRange,
  formatWhen,
  timeZoneNote,
} from "./zoned";

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

  test.each([
    ["2026-12-01T15:30:00Z", "America/New_York", "Tue, Dec 1, 10:30 AM"],
    ["2026-12-01T15:30:00Z", "Pacific/Auckland", "Wed, Dec 2, 4:30 AM"],
  ])("formatSoon %s in %s → %s (no year)", (instant, zone, expected) => {
    expect(formatSoon(instant, zone)).toBe(expected);
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
    ["2026-12-01", "weekday", "Tuesday, December 1"],
    ["2026-12-01", "full", "Tuesday, December 1, 2026"],
    ["2028-02-29", "full", "Tuesday, February 29, 2028"],
    ["2026-12-01", "long", "December 1, 2026"],
    ["2026-12-01", "medium", "Dec 1, 2026"],
    ["2026-12-01", "weekday-short", "Tue, Dec 1"],
  ] as const)("%s (%s) → %s", (date, style, expected) => {
    expect(formatLocalDate(date, style)).toBe(expected);
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

// Fixed instants; the expected text depends only on the location's zone, never the machine's TZ.
describe("formatWhen", () => {
  test.each([
    {
      name: "after the fall-back change (EST)",
      iso: "2026-11-02T15:00:00Z",
      zone: "America/New_York",
      full: "Monday, November 2, 2026 at 10:00 AM EST",
    },
    {
      name: "before the change (EDT)",
      iso: "2026-10-30T14:00:00Z",
      zone: "America/New_York",
      full: "Friday, October 30, 2026 at 10:00 AM EDT",
    },
    {
      name: "the repeated hour, first pass",
      iso: "2026-11-01T05:30:00Z",
      zone: "America/New_York",
      full: "Sunday, November 1, 2026 at 1:30 AM EDT",
    },
    {
      name: "the repeated hour, second pass",
      iso: "2026-11-01T06:30:00Z",
      zone: "America/New_York",
      full: "Sunday, November 1, 2026 at 1:30 AM EST",
    },
    {
      name: "a date that differs from UTC's",
      iso: "2026-11-03T03:00:00Z",
      zone: "America/Los_Angeles",
      full: "Monday, November 2, 2026 at 7:00 PM PST",
    },
    { name: "UTC itself", iso: "2026-11-02T15:00:00Z", zone: "UTC", full: "Monday, November 2, 2026 at 3:00 PM UTC" },
  ])("$name", ({ iso, zone, full }) => {
    expect(formatWhen(new Date(iso), zone).full).toBe(full);
  });

  test("uses plain spaces (ICU's narrow no-break space is replaced)", () => {
    expect(formatWhen(new Date("2026-11-02T15:00:00Z"), "America/New_York").time).toBe("10:00 AM EST");
  });
});

test("formatTimeRange names the zone once", () => {
  expect(formatTimeRange(new Date("2026-11-02T15:00:00Z"), new Date("2026-11-02T16:15:00Z"), "America/New_York")).toBe(
    "10:00 AM – 11:15 AM EST",
  );
});

test.each([
  ["2026-11-26T15:05:42.123Z", "America/New_York", "Nov 26, 2026, 10:05 AM EST"],
  ["2026-07-01T09:00:00Z", "Europe/London", "Jul 1, 2026, 10:00 AM GMT+1"],
])("a logged moment %s reads in the spa's zone %s: %s", (iso, zone, expected) => {
  expect(formatLoggedAt(new Date(iso), zone)).toBe(expected);
});

test.each([
  [{ date: "long", time: "short" }, "December 1, 2026 at 10:30 AM"],
  [{ date: "full", time: "short" }, "Tuesday, December 1, 2026 at 10:30 AM"],
  [{ date: "medium", time: "medium" }, "Dec 1, 2026, 10:30:05 AM"],
  [{ date: "long" }, "December 1, 2026"],
] as const)("formatDateTime %j → %s", (styles, expected) => {
  expect(formatDateTime("2026-12-01T15:30:05Z", "America/New_York", styles)).toBe(expected);
});
