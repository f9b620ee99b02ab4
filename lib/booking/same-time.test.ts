import { describe, expect, test } from "vitest";
import { SameTimeRequests, sameTimeKey } from "./same-time";

const ten = sameTimeKey("loc-1", new Date("2030-03-05T15:00:00Z"));
const tenOtherSpa = sameTimeKey("loc-2", new Date("2030-03-05T15:00:00Z"));
const tenFifteen = sameTimeKey("loc-1", new Date("2030-03-05T15:15:00Z"));

describe("SameTimeRequests", () => {
  test.each([
    { name: "alone", others: [], contended: false },
    { name: "another request for the same time", others: [ten], contended: true },
    { name: "the same time at another spa", others: [tenOtherSpa], contended: false },
    { name: "another time at the same spa", others: [tenFifteen], contended: false },
    { name: "two more for the same time", others: [ten, ten], contended: true },
  ])("$name → contended: $contended", ({ others, contended }) => {
    const requests = new SameTimeRequests();
    const leave = requests.enter(ten);
    for (const key of others) requests.enter(key);
    expect(requests.contended(ten)).toBe(contended);
    leave();
  });

  test("a request that leaves stops counting, once, however often it says so", () => {
    const requests = new SameTimeRequests();
    const first = requests.enter(ten);
    const second = requests.enter(ten);
    expect(requests.contended(ten)).toBe(true);
    second();
    second();
    expect(requests.contended(ten)).toBe(false);
    first();
    expect(requests.size).toBe(0);
  });
});
