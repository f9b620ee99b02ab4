import { describe, expect, it } from "vitest";
import { listSlots } from "./list-slots";
import { at, busy, DAY, everyDay, hours, localTimes, member, options, ZONE } from "@/tests/support/scheduling";
import type { ListSlotsOptions } from "./types";

const service = (durationMinutes: number, bufferBeforeMinutes = 0, bufferAfterMinutes = 0) => ({
  durationMinutes,
  bufferBeforeMinutes,
  bufferAfterMinutes,
  resources: [],
});
const grid = (slotIntervalMinutes: number) => ({ slotIntervalMinutes, minNoticeMinutes: 0, maxAdvanceDays: 90 });

const cases: Array<{ name: string; input: Partial<ListSlotsOptions>; expected: string[] }> = [
  {
    name: "no hours on that weekday (a Tuesday): empty day",
    input: { staff: [member("a", { weeklyHours: { 1: [hours("09:00-17:00")] } })] },
    expected: [],
  },
  { name: "no qualified staff: empty day", input: { staff: [] }, expected: [] },
  {
    name: "a break is a gap between ranges",
    input: { staff: [member("a", { weeklyHours: everyDay("09:00-12:00", "13:00-15:00") })] },
    expected: ["09:00", "10:00", "11:00", "13:00", "14:00"],
  },
  {
    name: "unsorted, touching ranges are one stretch",
    input: { staff: [member("a", { weeklyHours: everyDay("10:30-12:00", "09:00-10:30") })] },
    expected: ["09:00", "10:00", "11:00"],
  },
  {
    name: "the last slot ends exactly at closing",
    input: { policy: grid(15), service: service(45), staff: [member("a", { weeklyHours: everyDay("09:00-10:00") })] },
    expected: ["09:00", "09:15"],
  },
  {
    name: "buffers must fit inside the hours at both ends",
    input: { policy: grid(15), service: service(60, 15, 15), staff: [member("a", { weeklyHours: everyDay("09:00-11:00") })] },
    expected: ["09:15", "09:30", "09:45"],
  },
  {
    name: "buffers are not doubled: blocked intervals touch an existing one",
    input: {
      policy: grid(15),
      service: service(60, 15, 15),
      // An appointment 10:00–11:00 with its own 15/15 buffers.
      staff: [member("a", { weeklyHours: everyDay("08:00-14:00"), blocked: [busy("09:45", "11:15")] })],
    },
    expected: ["08:15", "08:30", "11:30", "11:45", "12:00", "12:15", "12:30", "12:45"],
  },
  {
    name: "the grid resumes on local-midnight multiples after a busy block",
    input: {
      policy: grid(15),
      service: service(30),
      staff: [member("a", { weeklyHours: everyDay("09:00-11:00"), blocked: [busy("09:00", "10:07")] })],
    },
    expected: ["10:15", "10:30"],
  },
  {
    name: "overlapping and unsorted busy input",
    input: {
      policy: grid(15),
      service: service(30),
      staff: [
        member("a", {
          weeklyHours: everyDay("09:00-13:00"),
          blocked: [busy("11:00", "11:30"), busy("09:30", "10:15"), busy("10:00", "10:45"), busy("09:45", "10:00")],
        }),
      ],
    },
    expected: ["09:00", "11:30", "11:45", "12:00", "12:15", "12:30"],
  },
  {
    name: "a grid that does not divide the hour still counts from local midnight",
    input: { policy: grid(40), service: service(30), staff: [member("a", { weeklyHours: everyDay("09:00-11:00") })] },
    expected: ["09:20", "10:00"],
  },
  {
    name: "a date override replaces that day's hours",
    input: { staff: [member("a", { dateOverrides: { [DAY]: [hours("12:00-14:00")] } })] },
    expected: ["12:00", "13:00"],
  },
  {
    name: "an empty date override is a day off",
    input: { staff: [member("a", { dateOverrides: { [DAY]: [] } })] },
    expected: [],
  },
  {
    name: "an override on another date leaves this day alone",
    input: { staff: [member("a", { weeklyHours: everyDay("09:00-11:00"), dateOverrides: { "2025-06-11": [] } })] },
    expected: ["09:00", "10:00"],
  },
];

describe("listSlots on one ordinary day", () => {
  it.each(cases)("$name", ({ input, expected }) => {
    expect(localTimes(listSlots(options(input)))).toEqual(expected);
  });

  it("returns the service's own start and end, the local date and who can take it", () => {
    const [first] = listSlots(options({ service: service(45, 15, 15), policy: grid(15) }));
    expect(first).toEqual({
      start: Date.parse("2025-06-10T09:15:00-04:00"),
      end: Date.parse("2025-06-10T10:00:00-04:00"),
      date: DAY,
      staffIds: ["a"],
    });
  });
});

describe("time off", () => {
  it("removes time on both sides of midnight", () => {
    const timeOff = [{ start: at("2025-06-10T18:00:00-04:00"), end: at("2025-06-11T10:00:00-04:00") }];
    const slots = listSlots(
      options({
        range: { from: "2025-06-10", to: "2025-06-11" },
        staff: [member("a", { weeklyHours: everyDay("08:00-20:00"), timeOff })],
      }),
    );
    expect(localTimes(slots, ZONE, true)).toEqual([
      ...["08", "09", "10", "11", "12", "13", "14", "15", "16", "17"].map((h) => `2025-06-10 ${h}:00`),
      ...["10", "11", "12", "13", "14", "15", "16", "17", "18", "19"].map((h) => `2025-06-11 ${h}:00`),
    ]);
  });
});
