import { describe, expect, test } from "vitest";
import { groupTimeZones, isSupportedTimeZone, supportedTimeZones, timeZoneCity, timeZoneOffset } from "./time-zones";

describe("supportedTimeZones", () => {
  test("is this runtime's Intl list plus UTC, sorted and without repeats", () => {
    const zones = supportedTimeZones();
    expect(zones).toEqual([...new Set([...Intl.supportedValuesOf("timeZone"), "UTC"])].sort());
    expect(zones.length).toBeGreaterThan(300);
  });

  test.each([
    { zone: "America/New_York", supported: true },
    { zone: "Europe/London", supported: true },
    { zone: "UTC", supported: true },
    // Intl accepts these names, but they are not in the list the form offers.
    { zone: "US/Eastern", supported: false },
    { zone: "EST5EDT", supported: false },
    { zone: "Mars/Olympus", supported: false },
    { zone: "america/new_york", supported: false },
    { zone: "", supported: false },
  ])("$zone → $supported", ({ zone, supported }) => {
    expect(isSupportedTimeZone(zone)).toBe(supported);
  });
});

describe("labels", () => {
  test.each([
    ["America/New_York", "New York"],
    ["America/Argentina/Buenos_Aires", "Argentina / Buenos Aires"],
    ["UTC", "UTC"],
  ])("%s → %s", (zone, city) => {
    expect(timeZoneCity(zone)).toBe(city);
  });

  test.each([
    { zone: "America/New_York", at: "2026-01-15T12:00:00Z", offset: "GMT-5" },
    { zone: "America/New_York", at: "2026-07-15T12:00:00Z", offset: "GMT-4" },
    { zone: "Asia/Kathmandu", at: "2026-01-15T12:00:00Z", offset: "GMT+5:45" },
    { zone: "UTC", at: "2026-01-15T12:00:00Z", offset: "GMT" },
  ])("$zone at $at → $offset", ({ zone, at, offset }) => {
    expect(timeZoneOffset(zone, new Date(at))).toBe(offset);
  });
});

describe("groupTimeZones", () => {
  const at = new Date("2026-01-15T12:00:00Z");

  test("groups every listed zone by region, Other last, each labelled with its city and offset", () => {
    const groups = groupTimeZones(at);
    expect(groups.flatMap((g) => g.zones.map((z) => z.value)).sort()).toEqual([...supportedTimeZones()]);
    expect(groups.at(-1)!.region).toBe("Other");
    expect(groups.map((g) => g.region)).toContain("Europe");
    const america = groups.find((g) => g.region === "America")!;
    expect(america.zones).toContainEqual({ value: "America/New_York", label: "New York (GMT-5)" });
    expect(groups.find((g) => g.region === "Other")!.zones).toContainEqual({ value: "UTC", label: "UTC (GMT)" });
  });

  test("keeps the spa's current zone as a choice even when the list does not have it", () => {
    const groups = groupTimeZones(at, "US/Eastern");
    expect(groups.find((g) => g.region === "US")!.zones).toEqual([{ value: "US/Eastern", label: "Eastern (GMT-5)" }]);
    expect(groupTimeZones(at, "America/New_York").flatMap((g) => g.zones)).toHaveLength(supportedTimeZones().length);
  });
});
