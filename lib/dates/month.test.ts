import { describe, expect, test } from "vitest";
import { buildMonthWeeks, daysInMonth, isMonth, monthRange, shiftMonth } from "./month";

describe("month grid", () => {
  test("December 2026 starts on a Tuesday and fills five weeks", () => {
    const weeks = buildMonthWeeks("2026-12");
    expect(weeks).toHaveLength(5);
    expect(weeks[0]).toEqual([null, null, "2026-12-01", "2026-12-02", "2026-12-03", "2026-12-04", "2026-12-05"]);
    expect(weeks[4]).toEqual(["2026-12-27", "2026-12-28", "2026-12-29", "2026-12-30", "2026-12-31", null, null]);
  });

  test("February 2026 starts on a Sunday and fills exactly four weeks", () => {
    const weeks = buildMonthWeeks("2026-02");
    expect(weeks).toHaveLength(4);
    expect(weeks[0]?.[0]).toBe("2026-02-01");
    expect(weeks[3]?.[6]).toBe("2026-02-28");
  });

  test.each([
    ["2026-12", 1, "2027-01"],
    ["2027-01", -1, "2026-12"],
    ["2026-11", 14, "2028-01"],
  ])("%s shifted by %i → %s", (month, by, expected) => {
    expect(shiftMonth(month, by)).toBe(expected);
  });

  test.each([
    ["2028-02", 29],
    ["2026-02", 28],
    ["2026-11", 30],
  ])("%s has %i days", (month, days) => {
    expect(daysInMonth(month)).toBe(days);
  });

  test("a month's range covers its first and last day", () => {
    expect(monthRange("2026-11")).toEqual({ from: "2026-11-01", to: "2026-11-30" });
  });

  test("recognises months", () => {
    expect(isMonth("2026-12")).toBe(true);
    expect(isMonth("2026-13")).toBe(false);
    expect(isMonth("2026-1")).toBe(false);
    expect(isMonth("2026-00")).toBe(false);
    expect(isMonth(202612)).toBe(false);
  });
});
