import { describe, expect, test } from "vitest";
import { formatDuration } from "./duration";
import { formatPrice } from "./money";
import { formatMinuteOfDay, weekdayName } from "./calendar";

describe("formatPrice", () => {
  test.each([
    [12500, "USD", "$125"],
    [5550, "USD", "$55.50"],
    [0, "USD", "$0"],
    [9999, "EUR", "€99.99"],
    [100005, "USD", "$1,000.05"],
  ])("%i %s → %s", (cents, currency, expected) => {
    expect(formatPrice(cents, currency)).toBe(expected);
  });
});

describe("formatDuration", () => {
  test.each([
    [30, "30 min"],
    [60, "1 h"],
    [75, "1 h 15 min"],
    [120, "2 h"],
    [5, "5 min"],
  ])("%i minutes → %s", (minutes, expected) => {
    expect(formatDuration(minutes)).toBe(expected);
  });
});

describe("wall-clock formatting", () => {
  test.each([
    [0, "12:00 AM"],
    [540, "9:00 AM"],
    [750, "12:30 PM"],
    [1065, "5:45 PM"],
    [1440, "midnight"],
  ])("minute %i → %s", (minute, expected) => {
    expect(formatMinuteOfDay(minute)).toBe(expected);
  });

  test.each([
    [1, "Monday"],
    [7, "Sunday"],
  ])("weekday %i → %s", (weekday, expected) => {
    expect(weekdayName(weekday)).toBe(expected);
  });

  test("rejects a weekday outside 1–7", () => {
    expect(() => weekdayName(0)).toThrow(RangeError);
  });
});
