import { describe, expect, test } from "vitest";
import { dayPartOf, groupByDayPart } from "./day-parts";

describe("dayPartOf", () => {
  test.each([
    [0, "MORNING"],
    [11 * 60 + 59, "MORNING"],
    [12 * 60, "AFTERNOON"],
    [16 * 60 + 45, "AFTERNOON"],
    [17 * 60, "EVENING"],
    [23 * 60, "EVENING"],
  ])("%i minutes → %s", (minute, part) => {
    expect(dayPartOf(minute)).toBe(part);
  });
});

describe("groupByDayPart", () => {
  const minuteOf = (time: string) => Number(time.slice(0, 2)) * 60 + Number(time.slice(3));
  test.each([
    ["nothing", [], []],
    ["mornings only", ["09:00", "11:45"], [["MORNING", ["09:00", "11:45"]]]],
    [
      "all three, kept in order, empty parts left out",
      ["09:00", "12:00", "16:59", "17:00"],
      [
        ["MORNING", ["09:00"]],
        ["AFTERNOON", ["12:00", "16:59"]],
        ["EVENING", ["17:00"]],
      ],
    ],
    [
      "no afternoon",
      ["10:00", "18:30"],
      [
        ["MORNING", ["10:00"]],
        ["EVENING", ["18:30"]],
      ],
    ],
  ])("%s", (_name, times, expected) => {
    expect(groupByDayPart(times, minuteOf).map((group) => [group.part, group.items])).toEqual(expected);
  });
});
