import { describe, expect, it } from "vitest";
import { nearestSlots } from "./nearest-slots";

const slots = [100, 200, 300, 400, 700].map((start) => ({ start }));

describe("nearestSlots", () => {
  it.each([
    { name: "both neighbours of a taken start", requested: 300, count: 3, expected: [200, 300, 400] },
    { name: "an equal distance prefers the earlier slot", requested: 250, count: 1, expected: [200] },
    { name: "returned in chronological order", requested: 650, count: 3, expected: [300, 400, 700] },
    { name: "before the first slot", requested: 0, count: 2, expected: [100, 200] },
    { name: "after the last slot", requested: 10_000, count: 2, expected: [400, 700] },
    { name: "more wanted than there are", requested: 300, count: 9, expected: [100, 200, 300, 400, 700] },
    { name: "none wanted", requested: 300, count: 0, expected: [] },
  ])("$name", ({ requested, count, expected }) => {
    expect(nearestSlots(slots, requested, count).map((s) => s.start)).toEqual(expected);
  });

  it("accepts a Date and an empty list", () => {
    expect(nearestSlots([], new Date(5), 3)).toEqual([]);
    expect(nearestSlots(slots, new Date(390), 1)).toEqual([{ start: 400 }]);
  });
});
