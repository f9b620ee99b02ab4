import { describe, expect, test } from "vitest";
import { fitInside, photoAngleLabel } from "./angles";

describe("fitInside", () => {
  test.each([
    { size: [4000, 3000], max: 1600, fits: [1600, 1200] },
    { size: [3000, 4000], max: 320, fits: [240, 320] },
    { size: [800, 600], max: 1600, fits: [800, 600] },
    { size: [10000, 10], max: 320, fits: [320, 1] },
  ])("$size inside $max → $fits", ({ size, max, fits }) => {
    expect(fitInside(size[0]!, size[1]!, max)).toEqual({ width: fits[0], height: fits[1] });
  });
});

describe("photoAngleLabel", () => {
  test.each([
    { angle: "FRONT", zone: null, label: "Front" },
    { angle: "RIGHT_45", zone: null, label: "Right 45°" },
    { angle: "CLOSE_UP", zone: "left-cheek", label: "Close-up — Left cheek" },
    { angle: "CLOSE_UP", zone: "elbow", label: "Close-up" },
    { angle: "FRONT", zone: "nose", label: "Front" },
  ] as const)("$angle $zone → $label", ({ angle, zone, label }) => {
    expect(photoAngleLabel(angle, zone)).toBe(label);
  });
});
