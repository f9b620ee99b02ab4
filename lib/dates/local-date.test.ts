import { describe, expect, it } from "vitest";
import {
  addDays,
  addMonths,
  addYears,
  daysBetween,
  getLocalDate,
  getLocalTime,
  isLocalDate,
  isoWeekdayOf,
  latestDate,
  localDateFromDbDate,
} from "./local-date";

describe("local dates", () => {
  it.each(["2026-02-29", "2026-13-01", "2026-1-01", "26-01-01", "", 20260101])("%j is not a calendar date", (value) => {
    expect(isLocalDate(value)).toBe(false);
  });

  it("does calendar arithmetic, whatever the process's time zone", () => {
    expect(addDays("2026-03-28", 2)).toBe("2026-03-30");
    expect(addDays("2026-01-01", -1)).toBe("2025-12-31");
    expect(addMonths("2026-01-31", 1)).toBe("2026-02-28");
    expect(addMonths("2028-01-31", 1)).toBe("2028-02-29");
    expect(addYears("2028-02-29", -100)).toBe("1928-02-29");
    expect(daysBetween("2026-10-24", "2026-11-02")).toBe(9);
    expect(addDays("2026-12-31", 1)).toBe("2027-01-01");
    expect(addDays("2026-03-01", -1)).toBe("2026-02-28");
    expect(() => addDays("2026-02-30", 1)).toThrow(RangeError);
  });

  it("picks the latest date", () => {
    expect(latestDate([undefined, "2026-01-02", "2025-12-31"])).toBe("2026-01-02");
    expect(latestDate([undefined])).toBeNull();
  });
});

describe("dates of instants and database dates", () => {
  it.each([
    ["2026-12-01T04:59:00Z", "America/New_York", "2026-11-30"],
    ["2026-12-01T05:00:00Z", "America/New_York", "2026-12-01"],
    ["2026-12-01T11:00:00Z", "Pacific/Auckland", "2026-12-02"],
  ])("%s falls on the spa's date in %s: %s", (instant, zone, expected) => {
    expect(getLocalDate(new Date(instant), zone)).toBe(expected);
  });

  it.each([
    ["2026-12-01T14:05:00Z", "America/New_York", "09:05"],
    ["2026-11-01T05:30:00Z", "America/New_York", "01:30"],
    ["2026-11-01T06:30:00Z", "America/New_York", "01:30"],
    ["2026-12-01T23:59:00Z", "UTC", "23:59"],
  ])("%s reads %s on the wall clock in %s", (instant, zone, expected) => {
    expect(getLocalTime(new Date(instant), zone)).toBe(expected);
  });

  it("refuses an unknown zone", () => {
    expect(() => getLocalDate(0, "Mars/Olympus")).toThrow(RangeError);
  });

  it("reads a PostgreSQL DATE (UTC midnight) as its calendar date", () => {
    expect(localDateFromDbDate(new Date("2026-03-08T00:00:00Z"))).toBe("2026-03-08");
  });

  it.each([
    ["2026-11-30", 1],
    ["2026-12-06", 7],
  ])("%s is ISO weekday %i", (date, weekday) => {
    expect(isoWeekdayOf(date)).toBe(weekday);
  });
});
