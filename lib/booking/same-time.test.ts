import { describe, expect, test } from "vitest";
import { SameTimeRequests, sameTimeKey } from "./same-time";

const ten = sameTimeKey("loc-1", new Date("2030-03-05T15:00:00Z"));
const tenOtherSpa = sameTimeKey("loc-2", new Date("2030-03-05T15:00:00Z"));
const tenFifteen = sameTimeKey("loc-1", new Date("2030-03-05T15:15:00Z"));

describe("SameTimeRequests", () => {
  test.each([
    { name: "alone", before: [], after: [], contended: false },
    { name: "another request for the same time already in flight", before: [ten], after: [], contended: true },
    { name: "another request for the same time coming after", before: [], after: [ten], contended: true },
    { name: "the same time at another spa", before: [tenOtherSpa], after: [tenOtherSpa], contended: false },
    { name: "another time at the same spa", before: [tenFifteen], after: [tenFifteen], contended: false },
  ])("$name → contended: $contended", ({ before, after, contended }) => {
    const requests = new SameTimeRequests();
    for (const key of before) requests.enter(key);
    const request = requests.enter(ten);
    for (const key of after) requests.enter(key);
    expect(request.contended()).toBe(contended);
  });

  test("the last of a burst stays contended after the others were answered", () => {
    const requests = new SameTimeRequests();
    const first = requests.enter(ten);
    const last = requests.enter(ten);
    first.leave();
    expect(last.contended()).toBe(true);
    expect(first.contended()).toBe(true);
  });

  test("a request that leaves stops counting, once, however often it says so; a later one is alone again", () => {
    const requests = new SameTimeRequests();
    const first = requests.enter(ten);
    const second = requests.enter(ten);
    second.leave();
    second.leave();
    expect(requests.size).toBe(1);
    first.leave();
    expect(requests.size).toBe(0);
    expect(requests.enter(ten).contended()).toBe(false);
  });
});
