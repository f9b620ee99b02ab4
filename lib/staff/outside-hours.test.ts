import { describe, expect, test } from "vitest";
import { findAppointmentsOutsideHours } from "./outside-hours";
import type { StaffSchedule } from "@/lib/scheduling";

// New York. 2030-03-04 is a Monday (EST, UTC−5); 2030-03-10 is the spring-forward Sunday.
const ZONE = "America/New_York";
const nineToFive = [{ startMinute: 9 * 60, endMinute: 17 * 60 }];
const withLunch = [
  { startMinute: 9 * 60, endMinute: 12 * 60 },
  { startMinute: 13 * 60, endMinute: 17 * 60 },
];

/** An appointment at a UTC time with the factory's 10 min prep and 15 min cleanup buffers. */
function appt(id: string, startIso: string, durationMinutes = 60) {
  const startsAt = new Date(startIso);
  const blockedFrom = new Date(startsAt.getTime() - 10 * 60_000);
  const blockedUntil = new Date(startsAt.getTime() + (durationMinutes + 15) * 60_000);
  return { id, startsAt, blockedFrom, blockedUntil };
}

type Schedule = Pick<StaffSchedule, "weeklyHours" | "dateOverrides" | "timeOff">;
const cases: { name: string; schedule: Schedule; appointment: ReturnType<typeof appt>; outside: boolean }[] = [
  {
    name: "inside weekly hours",
    schedule: { weeklyHours: { 1: nineToFive } },
    appointment: appt("a", "2030-03-04T15:00:00Z"),
    outside: false,
  },
  {
    name: "weekday no longer worked",
    schedule: { weeklyHours: { 2: nineToFive } },
    appointment: appt("a", "2030-03-04T15:00:00Z"),
    outside: true,
  },
  {
    name: "prep buffer starts before opening",
    schedule: { weeklyHours: { 1: nineToFive } },
    appointment: appt("a", "2030-03-04T14:05:00Z"),
    outside: true,
  },
  {
    name: "prep buffer exactly at opening",
    schedule: { weeklyHours: { 1: nineToFive } },
    appointment: appt("a", "2030-03-04T14:10:00Z"),
    outside: false,
  },
  {
    name: "cleanup runs past closing",
    schedule: { weeklyHours: { 1: nineToFive } },
    appointment: appt("a", "2030-03-04T20:50:00Z"),
    outside: true,
  },
  {
    name: "cleanup ends exactly at closing",
    schedule: { weeklyHours: { 1: nineToFive } },
    appointment: appt("a", "2030-03-04T20:45:00Z"),
    outside: false,
  },
  {
    name: "overlaps a new lunch break",
    schedule: { weeklyHours: { 1: withLunch } },
    appointment: appt("a", "2030-03-04T16:30:00Z"),
    outside: true,
  },
  {
    name: "fits the morning before the break",
    schedule: { weeklyHours: { 1: withLunch } },
    appointment: appt("a", "2030-03-04T15:40:00Z"),
    outside: false,
  },
  {
    name: "date override makes it a day off",
    schedule: { weeklyHours: { 1: nineToFive }, dateOverrides: { "2030-03-04": [] } },
    appointment: appt("a", "2030-03-04T15:00:00Z"),
    outside: true,
  },
  {
    name: "date override on another date",
    schedule: { weeklyHours: { 1: nineToFive }, dateOverrides: { "2030-03-11": [] } },
    appointment: appt("a", "2030-03-04T15:00:00Z"),
    outside: false,
  },
  {
    name: "date override with custom hours that still cover it",
    schedule: { weeklyHours: {}, dateOverrides: { "2030-03-04": [{ startMinute: 8 * 60, endMinute: 12 * 60 }] } },
    appointment: appt("a", "2030-03-04T14:00:00Z"),
    outside: false,
  },
  {
    name: "time off overlapping the cleanup buffer",
    schedule: {
      weeklyHours: { 1: nineToFive },
      timeOff: [{ start: Date.parse("2030-03-04T16:10:00Z"), end: Date.parse("2030-03-04T18:00:00Z") }],
    },
    appointment: appt("a", "2030-03-04T15:00:00Z"),
    outside: true,
  },
  {
    name: "time off touching the end of the blocked interval",
    schedule: {
      weeklyHours: { 1: nineToFive },
      timeOff: [{ start: Date.parse("2030-03-04T16:15:00Z"), end: Date.parse("2030-03-04T18:00:00Z") }],
    },
    appointment: appt("a", "2030-03-04T15:00:00Z"),
    outside: false,
  },
  {
    name: "multi-day time off spanning the day",
    schedule: {
      weeklyHours: { 1: nineToFive },
      timeOff: [{ start: Date.parse("2030-03-02T00:00:00Z"), end: Date.parse("2030-03-06T00:00:00Z") }],
    },
    appointment: appt("a", "2030-03-04T15:00:00Z"),
    outside: true,
  },
  // Spring forward: 10:00 EDT = 14:00Z on 2030-03-10 (a Sunday); wall-clock hours still apply.
  {
    name: "DST day, wall-clock hours",
    schedule: { weeklyHours: { 7: nineToFive } },
    appointment: appt("a", "2030-03-10T14:00:00Z"),
    outside: false,
  },
  {
    name: "DST day, before wall-clock opening",
    schedule: { weeklyHours: { 7: nineToFive } },
    appointment: appt("a", "2030-03-10T13:00:00Z"),
    outside: true,
  },
];

describe("findAppointmentsOutsideHours", () => {
  test.each(cases)("$name → outside: $outside", ({ schedule, appointment, outside }) => {
    const result = findAppointmentsOutsideHours({ timeZone: ZONE, schedule, appointments: [appointment] });
    expect(result.map((a) => a.id)).toEqual(outside ? [appointment.id] : []);
  });

  test("returns only the affected ones, in input order, with their own fields", () => {
    const appointments = [
      { ...appt("keep", "2030-03-04T15:00:00Z"), label: "x" },
      { ...appt("late", "2030-03-04T21:00:00Z"), label: "y" },
      { ...appt("tuesday", "2030-03-05T15:00:00Z"), label: "z" },
    ];
    const result = findAppointmentsOutsideHours({ timeZone: ZONE, schedule: { weeklyHours: { 1: nineToFive } }, appointments });
    expect(result.map((a) => [a.id, a.label])).toEqual([
      ["late", "y"],
      ["tuesday", "z"],
    ]);
  });

  test("no appointments → nothing affected", () => {
    expect(findAppointmentsOutsideHours({ timeZone: ZONE, schedule: { weeklyHours: {} }, appointments: [] })).toEqual([]);
  });
});
