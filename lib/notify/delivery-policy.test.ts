import { describe, expect, test } from "vitest";
import { classifySendFailure, deliveryPolicy, leaseFor, retryDelaySeconds, withinRetryWindow } from "./delivery-policy";

const policy = deliveryPolicy();
const noJitter = () => 0;
const HOUR = 3_600_000;

describe("the default policy", () => {
  test("a claim outlives the longest send, and an abandoned one is taken again within a minute", () => {
    expect(policy.leaseSeconds).toBeGreaterThan(policy.sendTimeoutSeconds);
    expect(policy.leaseSeconds).toBeLessThanOrEqual(60);
  });

  test.each([
    [2, 7],
    [30, 45],
    [60, 90],
  ])("a %i s send timeout gets a %i s lease", (timeout, lease) => {
    expect(leaseFor(timeout)).toBe(lease);
  });

  test("a lease no longer than the send timeout is refused", () => {
    expect(() => deliveryPolicy({ sendTimeoutSeconds: 10, leaseSeconds: 10 })).toThrow(/longer than the send timeout/);
  });
});

describe("retryDelaySeconds", () => {
  test.each([
    [1, 30],
    [2, 60],
    [3, 120],
    [6, 960],
    [7, 1800],
    [40, 1800],
    [5000, 1800],
  ])("after %i failed attempts the next waits %i s", (attempts, seconds) => {
    expect(retryDelaySeconds(policy, attempts, noJitter)).toBe(seconds);
  });

  test("jitter only shortens the wait, by at most a fifth", () => {
    expect(retryDelaySeconds(policy, 3, () => 0.999)).toBeGreaterThan(120 * 0.8);
    expect(retryDelaySeconds(policy, 3, () => 0.999)).toBeLessThan(120);
  });
});

describe("withinRetryWindow", () => {
  const first = new Date("2026-12-01T09:00:00Z");
  test.each([
    ["23 minutes (where delivery used to give up)", 23 * 60_000, true],
    ["71 hours", 71 * HOUR, true],
    ["72 hours", 72 * HOUR, false],
    ["a week", 7 * 24 * HOUR, false],
  ])("after %s: %s", (_label, elapsed, retry) => {
    expect(withinRetryWindow(policy, first, new Date(first.getTime() + elapsed))).toBe(retry);
  });

  test("at least 72 hours of capped retries is well over a hundred attempts", () => {
    let attempts = 0;
    let elapsed = 0;
    while (elapsed < 72 * 3600) elapsed += retryDelaySeconds(policy, ++attempts, noJitter);
    expect(attempts).toBeGreaterThan(100);
  });
});

describe("classifySendFailure", () => {
  test.each([
    ["a refused connection", Object.assign(new Error("connect ECONNREFUSED"), { code: "ESOCKET" }), "transient"],
    ["a timeout", Object.assign(new Error("Timeout"), { code: "ETIMEDOUT" }), "transient"],
    ["a 451 try later", Object.assign(new Error("451 busy"), { code: "EMESSAGE", responseCode: 451 }), "transient"],
    ["a 535 bad login (the operator fixes it)", Object.assign(new Error("535"), { code: "EAUTH", responseCode: 535 }), "transient"],
    ["a 550 unknown recipient", Object.assign(new Error("550 no such user"), { code: "EENVELOPE", responseCode: 550 }), "permanent"],
    ["a 554 rejected content", Object.assign(new Error("554 rejected"), { code: "EMESSAGE", responseCode: 554 }), "permanent"],
    ["anything else", "boom", "transient"],
  ])("%s is %s", (_label, error, kind) => {
    expect(classifySendFailure(error)).toBe(kind);
  });
});
