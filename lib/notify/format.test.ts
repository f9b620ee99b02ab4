import { describe, expect, test } from "vitest";
import { formatLogTime, formatTimeRange, formatWhen } from "./format";

// Fixed instants; the expected text depends only on the location's zone, never the machine's TZ.
describe("formatWhen", () => {
  test.each([
    { name: "after the fall-back change (EST)", iso: "2026-11-02T15:00:00Z", zone: "America/New_York", full: "Monday, November 2, 2026 at 10:00 AM EST" },
    { name: "before the change (EDT)", iso: "2026-10-30T14:00:00Z", zone: "America/New_York", full: "Friday, October 30, 2026 at 10:00 AM EDT" },
    { name: "the repeated hour, first pass", iso: "2026-11-01T05:30:00Z", zone: "America/New_York", full: "Sunday, November 1, 2026 at 1:30 AM EDT" },
    { name: "the repeated hour, second pass", iso: "2026-11-01T06:30:00Z", zone: "America/New_York", full: "Sunday, November 1, 2026 at 1:30 AM EST" },
    { name: "a date that differs from UTC's", iso: "2026-11-03T03:00:00Z", zone: "America/Los_Angeles", full: "Monday, November 2, 2026 at 7:00 PM PST" },
    { name: "UTC itself", iso: "2026-11-02T15:00:00Z", zone: "UTC", full: "Monday, November 2, 2026 at 3:00 PM UTC" },
  ])("$name", ({ iso, zone, full }) => {
    expect(formatWhen(new Date(iso), zone).full).toBe(full);
  });

  test("uses plain spaces (ICU's narrow no-break space is replaced)", () => {
    expect(formatWhen(new Date("2026-11-02T15:00:00Z"), "America/New_York").time).toBe("10:00 AM EST");
  });
});

test("formatTimeRange names the zone once", () => {
  expect(formatTimeRange(new Date("2026-11-02T15:00:00Z"), new Date("2026-11-02T16:15:00Z"), "America/New_York")).toBe("10:00 AM – 11:15 AM EST");
});

test("formatLogTime is UTC to the minute", () => {
  expect(formatLogTime(new Date("2026-11-26T10:05:42.123Z"))).toBe("2026-11-26 10:05 UTC");
});
