import { describe, expect, test } from "vitest";
import { datesToSearch, holdExpiry, slotSuits, wantsDate, type EntryPreferences } from "./rules";

const entry: EntryPreferences = { fromDate: "2026-12-07", toDate: "2026-12-13", weekdays: [], dayParts: [], staffId: null };

describe("wantsDate", () => {
  test.each([
    ["before the window", { ...entry }, "2026-12-06", false],
    ["first day", { ...entry }, "2026-12-07", true],
    ["last day", { ...entry }, "2026-12-13", true],
    ["after the window", { ...entry }, "2026-12-14", false],
    ["a wanted weekday (Tuesday)", { ...entry, weekdays: [2, 4] }, "2026-12-08", true],
    ["an unwanted weekday (Monday)", { ...entry, weekdays: [2, 4] }, "2026-12-07", false],
  ])("%s", (_name, preferences, date, expected) => {
    expect(wantsDate(preferences, date)).toBe(expected);
  });
});

describe("slotSuits", () => {
  const slot = { date: "2026-12-08", startMinute: 10 * 60, staffIds: ["ava", "ben"] };
  test.each([
    ["any time, any esthetician", entry, slot, true],
    ["morning wanted", { ...entry, dayParts: ["MORNING"] }, slot, true],
    ["only evenings", { ...entry, dayParts: ["EVENING"] }, slot, false],
    ["afternoon or evening at 17:00", { ...entry, dayParts: ["AFTERNOON", "EVENING"] }, { ...slot, startMinute: 17 * 60 }, true],
    ["the named esthetician is free", { ...entry, staffId: "ben" }, slot, true],
    ["the named esthetician is not free", { ...entry, staffId: "cleo" }, slot, false],
    ["outside the window", entry, { ...slot, date: "2026-12-20" }, false],
  ])("%s", (_name, preferences, candidate, expected) => {
    expect(slotSuits(preferences, candidate)).toBe(expected);
  });
});

describe("datesToSearch", () => {
  const bounds = { today: "2026-12-08", lastDate: "2026-12-11" };
  test("all dates of the window from today to the last bookable day", () => {
    expect(datesToSearch(entry, { ...bounds, touched: null })).toEqual(["2026-12-08", "2026-12-09", "2026-12-10", "2026-12-11"]);
  });
  test("only the touched dates that the entry wants", () => {
    const touched = ["2026-12-10", "2026-12-01", "2026-12-09", "2026-12-10", "2026-12-12"];
    expect(datesToSearch({ ...entry, weekdays: [3, 4] }, { ...bounds, touched })).toEqual(["2026-12-09", "2026-12-10"]);
  });
  test("none when the window has passed", () => {
    expect(datesToSearch({ ...entry, toDate: "2026-12-07" }, { ...bounds, touched: null })).toEqual([]);
  });
});

describe("holdExpiry", () => {
  const now = new Date("2026-12-08T09:00:00Z");
  test("the policy's minutes", () => {
    expect(holdExpiry({ now, holdMinutes: 30, startsAt: new Date("2026-12-08T15:00:00Z") })).toEqual(new Date("2026-12-08T09:30:00Z"));
  });
  test("never past the slot's start", () => {
    expect(holdExpiry({ now, holdMinutes: 30, startsAt: new Date("2026-12-08T09:20:00Z") })).toEqual(new Date("2026-12-08T09:20:00Z"));
  });
});
