import { describe, expect, test } from "vitest";
import { decide, expiredIfStartedAtOrBefore, retryAfterMinutes, windowEndsAt, type RateLimitRule } from "./rate-limit-window";

const MINUTE = 60_000;
const rule: RateLimitRule = { name: "test", limit: 5, windowMs: 15 * MINUTE };
const start = new Date("2026-03-08T06:55:00.000Z");
const at = (minutes: number) => new Date(start.getTime() + minutes * MINUTE);

describe("window boundaries", () => {
  test("the window ends windowMs after it starts", () => {
    expect(windowEndsAt(start, rule.windowMs)).toEqual(at(15));
  });

  test.each([
    [0, false],
    [14.99, false],
    [15, true],
    [15.01, true],
    [600, true],
    [-1, false],
  ])("%d minutes after the start the window is expired: %s", (minutes, expired) => {
    // The SQL restarts a counter whose window_starts_at <= this threshold.
    expect(start.getTime() <= expiredIfStartedAtOrBefore(at(minutes), rule.windowMs).getTime()).toBe(expired);
  });
});

describe("decide", () => {
  test.each([
    { count: 1, now: 0, allowed: true, retryAfterMs: undefined },
    { count: 5, now: 3, allowed: true, retryAfterMs: undefined },
    { count: 6, now: 3, allowed: false, retryAfterMs: 12 * MINUTE },
    { count: 6, now: 14.5, allowed: false, retryAfterMs: 0.5 * MINUTE },
    { count: 50, now: 0, allowed: false, retryAfterMs: 15 * MINUTE },
    // A clock that lags the window start never promises a negative wait.
    { count: 6, now: 20, allowed: false, retryAfterMs: 0 },
  ])("count $count at +$now min → allowed $allowed", ({ count, now, allowed, retryAfterMs }) => {
    const decision = decide(rule, { count, windowStartsAt: start }, at(now));
    expect(decision.allowed).toBe(allowed);
    expect(decision.count).toBe(count);
    expect(decision.windowStartsAt).toEqual(start);
    expect("retryAfterMs" in decision ? decision.retryAfterMs : undefined).toBe(retryAfterMs);
  });
});

describe("retryAfterMinutes", () => {
  test.each([
    [0, 1],
    [1, 1],
    [59_999, 1],
    [60_000, 1],
    [60_001, 2],
    [12 * MINUTE, 12],
    [15 * MINUTE, 15],
  ])("%d ms → %d minute(s)", (ms, minutes) => {
    expect(retryAfterMinutes(ms)).toBe(minutes);
  });
});
