import { describe, expect, test } from "vitest";
import { addYears, isPastRetention, retentionEndsAt, retentionStartsAt } from "./retention";

const d = (iso: string) => new Date(iso);
const erasedAt = d("2031-05-01T10:00:00Z");

describe("retentionStartsAt", () => {
  test.each([
    [
      "the last visit when it is the latest",
      { lastVisitAt: d("2030-03-12T15:00:00Z"), lastClinicalRecordAt: d("2030-03-04T12:00:00Z") },
      "2030-03-12T15:00:00.000Z",
    ],
    [
      "a record signed after the last visit",
      { lastVisitAt: d("2030-03-12T15:00:00Z"), lastClinicalRecordAt: d("2030-03-20T09:00:00Z") },
      "2030-03-20T09:00:00.000Z",
    ],
    ["an intake without any visit", { lastVisitAt: null, lastClinicalRecordAt: d("2030-01-02T00:00:00Z") }, "2030-01-02T00:00:00.000Z"],
    ["the erasure when there is neither", { lastVisitAt: null, lastClinicalRecordAt: null }, "2031-05-01T10:00:00.000Z"],
  ])("%s", (_name, facts, expected) => {
    expect(retentionStartsAt({ erasedAt, ...facts }).toISOString()).toBe(expected);
  });
});

describe("addYears", () => {
  test.each([
    ["2030-03-12T15:00:00.000Z", 7, "2037-03-12T15:00:00.000Z"],
    ["2028-02-29T12:00:00.000Z", 7, "2035-03-01T12:00:00.000Z"],
    ["2028-02-29T12:00:00.000Z", 4, "2032-02-29T12:00:00.000Z"],
    ["2030-12-31T23:59:59.999Z", 1, "2031-12-31T23:59:59.999Z"],
  ])("%s + %i years = %s", (from, years, expected) => {
    expect(addYears(d(from), years).toISOString()).toBe(expected);
  });
});

describe("isPastRetention", () => {
  const facts = { erasedAt, lastVisitAt: d("2030-03-12T15:00:00Z"), lastClinicalRecordAt: null };
  test("defaults to seven years after the last visit", () => {
    expect(retentionEndsAt(facts, 7).toISOString()).toBe("2037-03-12T15:00:00.000Z");
  });
  test.each([
    ["a day before the end", "2037-03-11T15:00:00Z", 7, false],
    ["at the end itself", "2037-03-12T15:00:00Z", 7, false],
    ["a millisecond after the end", "2037-03-12T15:00:00.001Z", 7, true],
    ["years later", "2045-01-01T00:00:00Z", 7, true],
    ["a shorter policy", "2033-03-13T00:00:00Z", 3, true],
    ["a longer policy", "2038-03-13T00:00:00Z", 10, false],
  ])("%s", (_name, now, years, expected) => {
    expect(isPastRetention(facts, years, d(now))).toBe(expected);
  });
});
