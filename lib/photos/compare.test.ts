import { describe, expect, test } from "vitest";
import type { PhotoAngle } from "./angles";
import { chooseComparison, type ComparablePhoto } from "./compare";

const photo = (
  id: string,
  appointmentId: string,
  angle: PhotoAngle,
  phase: "BEFORE" | "AFTER",
  zone: string | null = null,
): ComparablePhoto => ({
  id,
  appointmentId,
  angle,
  phase,
  zone,
});

// Latest visit first, as the chart lists them.
const visits = [
  {
    appointmentId: "now",
    photos: [
      photo("n-front-b", "now", "FRONT", "BEFORE"),
      photo("n-front-a", "now", "FRONT", "AFTER"),
      photo("n-nose", "now", "CLOSE_UP", "BEFORE", "nose"),
    ],
  },
  { appointmentId: "last", photos: [photo("l-front-b", "last", "FRONT", "BEFORE"), photo("l-left", "last", "LEFT_45", "AFTER")] },
  { appointmentId: "first", photos: [photo("f-front-a", "first", "FRONT", "AFTER")] },
];

describe("chooseComparison", () => {
  test.each([
    {
      name: "by default: this visit's after against the latest earlier visit",
      requested: {},
      angle: "FRONT",
      left: "l-front-b",
      right: "n-front-a",
    },
    {
      name: "the requested photos of the angle",
      requested: { angle: "FRONT", left: "f-front-a", right: "n-front-b" },
      angle: "FRONT",
      left: "f-front-a",
      right: "n-front-b",
    },
    {
      name: "a requested photo of another angle is ignored",
      requested: { angle: "FRONT", left: "l-left" },
      angle: "FRONT",
      left: "l-front-b",
      right: "n-front-a",
    },
    { name: "an angle only an earlier visit has", requested: { angle: "LEFT_45" }, angle: "LEFT_45", left: null, right: "l-left" },
    { name: "close-ups compare per zone", requested: { angle: "CLOSE_UP:nose" }, angle: "CLOSE_UP:nose", left: null, right: "n-nose" },
    {
      name: "an unknown angle falls back to this visit's first",
      requested: { angle: "BACK" },
      angle: "FRONT",
      left: "l-front-b",
      right: "n-front-a",
    },
  ])("$name", ({ requested, angle, left, right }) => {
    const result = chooseComparison(visits, "now", requested);
    expect(result.angle).toBe(angle);
    expect(result.left?.id ?? null).toBe(left);
    expect(result.right?.id ?? null).toBe(right);
    expect(result.angles).toEqual(["FRONT", "CLOSE_UP:nose", "LEFT_45"]);
  });

  test("with no earlier visit, this visit's before against its after", () => {
    const result = chooseComparison([visits[0]!], "now", {});
    expect([result.left?.id, result.right?.id]).toEqual(["n-front-b", "n-front-a"]);
  });

  test("never the same photo on both sides when another exists", () => {
    const result = chooseComparison(visits, "now", { left: "n-front-a", right: "n-front-a" });
    expect(result.left?.id).toBe("n-front-a");
    expect(result.right?.id).not.toBe("n-front-a");
  });

  test("no photos at all", () => {
    expect(chooseComparison([], "now", {})).toEqual({ angles: [], angle: null, candidates: [], left: null, right: null });
  });
});
