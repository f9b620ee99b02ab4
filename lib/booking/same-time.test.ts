import { describe, expect, test, vi } from "vitest";
import { SameTimeRequests, sameTimeKey, settlesWithin } from "./same-time";

const ten = sameTimeKey("loc-1", new Date("2030-03-05T15:00:00Z"));
const tenOtherSpa = sameTimeKey("loc-2", new Date("2030-03-05T15:00:00Z"));
const tenFifteen = sameTimeKey("loc-1", new Date("2030-03-05T15:15:00Z"));

describe("SameTimeRequests", () => {
  // `follows`: it waits for a leader, the first request for its time that was in flight when it came.
  test.each([
    { name: "alone", before: [], after: [], contended: false, follows: false },
    { name: "another request for the same time already in flight", before: [ten], after: [], contended: true, follows: true },
    { name: "another request for the same time coming after", before: [], after: [ten], contended: true, follows: false },
    { name: "the same time at another spa", before: [tenOtherSpa], after: [tenOtherSpa], contended: false, follows: false },
    { name: "another time at the same spa", before: [tenFifteen], after: [tenFifteen], contended: false, follows: false },
  ])("$name → contended: $contended, follows a leader: $follows", ({ before, after, contended, follows }) => {
    const requests = new SameTimeRequests();
    for (const key of before) requests.enter(key);
    const request = requests.enter(ten);
    for (const key of after) requests.enter(key);
    expect(request.contended()).toBe(contended);
    expect(request.leader !== null).toBe(follows);
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

describe("SameTimeRequests: the leader a request waits for", () => {
  const settledYet = async (promise: Promise<void>) => {
    let settled = false;
    void promise.then(() => (settled = true));
    await new Promise((resolve) => setImmediate(resolve));
    return settled;
  };

  test("every request of a burst follows its first, which settles when the first is answered, not before", async () => {
    const requests = new SameTimeRequests();
    const first = requests.enter(ten);
    const second = requests.enter(ten);
    const third = requests.enter(ten);
    second.leave();
    expect(await settledYet(third.leader!)).toBe(false);
    first.leave();
    expect(await settledYet(second.leader!)).toBe(true);
    expect(await settledYet(third.leader!)).toBe(true);
  });

  test("without following leaders, no request waits for one", () => {
    const requests = new SameTimeRequests({ followLeaders: false });
    requests.enter(ten);
    const second = requests.enter(ten);
    expect(second.leader).toBeNull();
    expect(second.contended()).toBe(true);
  });

  test("once the leader is answered, the next to come leads, though its followers are still in flight", () => {
    const requests = new SameTimeRequests();
    const first = requests.enter(ten);
    requests.enter(ten);
    first.leave();
    const next = requests.enter(ten);
    expect(next.leader).toBeNull();
    expect(next.contended()).toBe(true);
    expect(requests.enter(ten).leader).not.toBeNull();
  });
});

describe("settlesWithin: how long a follower waits for its leader", () => {
  test.each([
    { name: "settled before the bound", settleAfterMs: 10, boundMs: 5_000, expected: true },
    { name: "settled after the bound: the follower goes on without it", settleAfterMs: 6_000, boundMs: 5_000, expected: false },
  ])("$name → $expected", async ({ settleAfterMs, boundMs, expected }) => {
    vi.useFakeTimers();
    try {
      const leader = new Promise<void>((resolve) => setTimeout(resolve, settleAfterMs));
      const answer = settlesWithin(leader, boundMs);
      await vi.advanceTimersByTimeAsync(Math.min(settleAfterMs, boundMs) + 1);
      expect(await answer).toBe(expected);
    } finally {
      vi.useRealTimers();
    }
  });
});
