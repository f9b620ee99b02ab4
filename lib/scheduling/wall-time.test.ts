import { expect, test } from "vitest";
import { localDateTimeToInstant, wallMinuteToInstant } from "./wall-time";

test.each([
  { name: "winter (EST)", value: "2030-01-15T09:00", zone: "America/New_York", iso: "2030-01-15T14:00:00.000Z" },
  { name: "summer (EDT)", value: "2030-07-15T09:00", zone: "America/New_York", iso: "2030-07-15T13:00:00.000Z" },
  { name: "midnight", value: "2030-07-15T00:00", zone: "America/New_York", iso: "2030-07-15T04:00:00.000Z" },
  { name: "spring-forward gap → the jump", value: "2030-03-10T02:30", zone: "America/New_York", iso: "2030-03-10T07:00:00.000Z" },
  { name: "fall-back repeat → first occurrence", value: "2030-11-03T01:30", zone: "America/New_York", iso: "2030-11-03T05:30:00.000Z" },
  { name: "UTC+13", value: "2030-01-15T09:00", zone: "Pacific/Auckland", iso: "2030-01-14T20:00:00.000Z" },
  { name: "UTC", value: "2030-01-15T09:00", zone: "UTC", iso: "2030-01-15T09:00:00.000Z" },
])("$name", ({ value, zone, iso }) => {
  expect(localDateTimeToInstant(value, zone)?.toISOString()).toBe(iso);
  const [date, time] = value.split("T");
  const [hours, minutes] = time!.split(":").map(Number);
  expect(wallMinuteToInstant(date!, hours! * 60 + minutes!, zone)?.toISOString()).toBe(iso);
});

test("a date the zone skipped has no instants", () => {
  expect(localDateTimeToInstant("2011-12-30T10:00", "Pacific/Apia")).toBeNull();
});
