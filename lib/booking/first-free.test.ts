import { describe, expect, test } from "vitest";
import type { AvailableSlot } from "./availability";
import { firstFreeTimes } from "./first-free";

const slot = (start: string, staffIds: string[]): AvailableSlot => ({
  start: `2026-12-0${start}:00.000Z`,
  end: `2026-12-0${start}:00.000Z`,
  date: `2026-12-0${start.slice(0, 1)}`,
  staffIds,
});

describe("firstFreeTimes", () => {
  test.each([
    ["nothing free", [], null, {}],
    [
      "one slot, two people",
      [slot("7T09:00", ["ana", "bea"])],
      "2026-12-07T09:00:00.000Z",
      { ana: "2026-12-07T09:00:00.000Z", bea: "2026-12-07T09:00:00.000Z" },
    ],
    [
      "each person's own first time, not the first overall",
      [slot("7T09:00", ["ana"]), slot("7T10:00", ["ana", "bea"]), slot("8T09:00", ["cam"])],
      "2026-12-07T09:00:00.000Z",
      { ana: "2026-12-07T09:00:00.000Z", bea: "2026-12-07T10:00:00.000Z", cam: "2026-12-08T09:00:00.000Z" },
    ],
  ])("%s", (_name, slots, first, byStaff) => {
    const result = firstFreeTimes(slots);
    expect(result.first?.start ?? null).toBe(first);
    expect(result.byStaff).toEqual(byStaff);
  });
});
