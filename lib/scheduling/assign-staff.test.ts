import { describe, expect, it } from "vitest";
import { assignStaff } from "./assign-staff";
import { listSlots } from "./list-slots";
import { at, busy, DAY, everyDay, localTimes, member, options, ZONE } from "@/tests/support/scheduling";
import type { Interval } from "./types";

describe('"any esthetician" is the union over qualified staff', () => {
  it("offers each start with everyone who can take it", () => {
    const slots = listSlots(
      options({
        staff: [
          member("b", { weeklyHours: everyDay("11:00-14:00") }),
          member("a", { weeklyHours: everyDay("09:00-12:00"), blocked: [busy("10:00", "11:00")] }),
        ],
      }),
    );
    expect(localTimes(slots).map((time, i) => [time, slots[i]!.staffIds])).toEqual([
      ["09:00", ["a"]],
      ["11:00", ["a", "b"]],
      ["12:00", ["b"]],
      ["13:00", ["b"]],
    ]);
  });
});

describe("assignStaff", () => {
  const slot = { date: DAY, staffIds: ["a", "b", "c"] };
  const withBooked = (id: string, blocked: Interval[] = []) => member(id, { blocked });

  it.each([
    {
      name: "the fewest booked minutes that day wins",
      staff: [
        withBooked("a", [busy("09:00", "11:00")]),
        withBooked("b", [busy("09:00", "10:00")]),
        withBooked("c", [busy("13:00", "15:30")]),
      ],
      expected: "b",
    },
    { name: "a tie goes to the smallest id", staff: [withBooked("c"), withBooked("b"), withBooked("a")], expected: "a" },
    {
      name: "minutes on other days do not count",
      staff: [
        withBooked("a", [busy("09:00", "10:00")]),
        withBooked("b", [busy("09:00", "17:00", "2025-06-09"), busy("09:00", "17:00", "2025-06-11")]),
      ],
      expected: "b",
    },
    {
      name: "an appointment across local midnight counts only its part on the day",
      staff: [
        withBooked("a", [{ start: at("2025-06-09T23:00:00-04:00"), end: at("2025-06-10T00:30:00-04:00") }]),
        withBooked("b", [busy("09:00", "10:00")]),
      ],
      expected: "a",
    },
    {
      name: "overlapping input is not counted twice",
      staff: [withBooked("a", [busy("09:00", "10:00"), busy("09:00", "10:00")]), withBooked("b", [busy("12:00", "13:30")])],
      expected: "a",
    },
    {
      name: "staff not free for the slot are never picked",
      staff: [withBooked("d"), withBooked("c", [busy("09:00", "10:00")])],
      expected: "c",
    },
    { name: "null when nobody is free", staff: [withBooked("d")], expected: null },
  ])("$name", ({ staff, expected }) => {
    expect(assignStaff({ slot, staff, timeZone: ZONE })).toBe(expected);
  });
});
