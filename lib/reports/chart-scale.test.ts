import { describe, expect, test } from "vitest";
import { barFraction, fractionScale, niceScale } from "./chart-scale";

describe("fractionScale", () => {
  test.each([
    { name: "all below 100 %", values: [0.2, 0.55], max: 1, ticks: [0, 0.25, 0.5, 0.75, 1] },
    { name: "nothing to show", values: [], max: 1, ticks: [0, 0.25, 0.5, 0.75, 1] },
    { name: "exactly 100 %", values: [1], max: 1, ticks: [0, 0.25, 0.5, 0.75, 1] },
    { name: "above 100 % extends by half steps", values: [0.4, 1.1], max: 1.5, ticks: [0, 0.5, 1, 1.5] },
    { name: "far above 100 % keeps the ticks few", values: [2.83, 3.03], max: 4, ticks: [0, 1, 2, 3, 4] },
    { name: "not-a-number is ignored", values: [Number.NaN, 0.3], max: 1, ticks: [0, 0.25, 0.5, 0.75, 1] },
  ])("$name → 0–$max", ({ values, max, ticks }) => {
    expect(fractionScale(values)).toEqual({ max, ticks });
  });
});

describe("niceScale", () => {
  test.each([
    { name: "counts 0–7", values: [3, 7], minStep: 1, max: 8, ticks: [0, 2, 4, 6, 8] },
    { name: "counts all zero", values: [0, 0], minStep: 1, max: 1, ticks: [0, 1] },
    { name: "one visit", values: [1], minStep: 1, max: 1, ticks: [0, 1] },
    { name: "money $1,234 in cents", values: [123_400, 50_000], minStep: 100, max: 150_000, ticks: [0, 50_000, 100_000, 150_000] },
    { name: "money $90 in cents", values: [9_000], minStep: 100, max: 10_000, ticks: [0, 2_500, 5_000, 7_500, 10_000] },
    { name: "money never steps below one unit", values: [150], minStep: 100, max: 200, ticks: [0, 100, 200] },
    { name: "a round maximum is kept", values: [400], minStep: 1, max: 400, ticks: [0, 100, 200, 300, 400] },
  ])("$name → 0–$max", ({ values, minStep, max, ticks }) => {
    expect(niceScale(values, { minStep })).toEqual({ max, ticks });
  });
});

describe("barFraction", () => {
  const scale = { max: 1, ticks: [0, 1] };
  test.each([
    { value: 0.5, expected: 0.5 },
    { value: 0, expected: 0 },
    { value: -1, expected: 0 },
    { value: 2, expected: 1 },
    { value: Number.NaN, expected: 0 },
  ])("$value → $expected", ({ value, expected }) => {
    expect(barFraction(value, scale)).toBe(expected);
  });

  test("a bar is measured against the axis, not against the largest bar", () => {
    // Two estheticians at 20 % and 40 %: on a fixed 0–100 % axis the larger bar fills 40 %, not all of it.
    const utilisation = fractionScale([0.2, 0.4]);
    expect(barFraction(0.4, utilisation)).toBe(0.4);
    expect(barFraction(0.2, utilisation)).toBe(0.2);
  });
});
