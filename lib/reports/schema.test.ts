import { expect, test } from "vitest";
import { countDays, MAX_REPORT_DAYS, resolvePeriod } from "./schema";

const today = "2030-03-10";

test.each([
  { name: "nothing asked: the four weeks to today", raw: {}, period: { from: "2030-02-11", to: today }, error: undefined },
  {
    name: "a valid period",
    raw: { from: "2030-03-01", to: "2030-03-07" },
    period: { from: "2030-03-01", to: "2030-03-07" },
    error: undefined,
  },
  {
    name: "a single day",
    raw: { from: "2030-03-01", to: "2030-03-01" },
    period: { from: "2030-03-01", to: "2030-03-01" },
    error: undefined,
  },
  {
    name: "end before start",
    raw: { from: "2030-03-07", to: "2030-03-01" },
    period: { from: "2030-02-11", to: today },
    error: "The end date must be on or after the start date.",
  },
  {
    name: "a date that does not exist",
    raw: { from: "2030-02-30", to: "2030-03-01" },
    period: { from: "2030-02-11", to: today },
    error: "That date does not exist.",
  },
  {
    name: "more than a year",
    raw: { from: "2029-01-01", to: "2030-03-01" },
    period: { from: "2030-02-11", to: today },
    error: `Choose a period of at most ${MAX_REPORT_DAYS} days.`,
  },
  {
    name: "an array from a repeated parameter",
    raw: { from: ["2030-03-01", "x"], to: "2030-03-02" },
    period: { from: "2030-02-11", to: today },
    error: expect.any(String),
  },
])("$name", ({ raw, period, error }) => {
  expect(resolvePeriod(raw, today)).toEqual(error === undefined ? { period } : { period, error });
});

test("countDays is inclusive", () => {
  expect(countDays("2030-03-01", "2030-03-01")).toBe(1);
  expect(countDays("2030-02-28", "2030-03-01")).toBe(2);
});
