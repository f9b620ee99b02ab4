import { describe, expect, test } from "vitest";
import { DEFAULT_RESTART_POLICY, decideRestart, freshHistory, type RestartHistory } from "./restart-policy";

const policy = DEFAULT_RESTART_POLICY;

/** Crashes of a child that each time ran `ranMs` before stopping; returns every decision. */
function crashRepeatedly(times: number, ranMs: number) {
  let history: RestartHistory = freshHistory();
  let now = 0;
  const decisions = [];
  for (let i = 0; i < times; i++) {
    const startedAt = now;
    now += ranMs;
    const decision = decideRestart(policy, history, startedAt, now);
    decisions.push(decision);
    history = decision.history;
    now += decision.delayMs;
  }
  return decisions;
}

describe("decideRestart", () => {
  test("a child that keeps crashing at once waits 0.5, 1, 2, 4 … s, never more than 30 s", () => {
    const delays = crashRepeatedly(9, 100).map((decision) => decision.delayMs);
    expect(delays).toEqual([500, 1000, 2000, 4000, 8000, 16_000, 30_000, 30_000, 30_000]);
  });

  test("five crashes within two minutes are reported once as a crash loop", () => {
    const reports = crashRepeatedly(9, 100).map((decision) => decision.reportLoop);
    expect(reports).toEqual([false, false, false, false, true, false, false, false, false]);
  });

  test("a child that ran for a while before each crash restarts quickly and is no crash loop", () => {
    const decisions = crashRepeatedly(8, 5 * 60_000);
    expect(decisions.map((decision) => decision.delayMs)).toEqual(Array(8).fill(500));
    expect(decisions.some((decision) => decision.reportLoop)).toBe(false);
  });

  test("after a healthy spell a new crash loop is reported again", () => {
    let history = crashRepeatedly(5, 100).at(-1)!.history;
    expect(history.loopReported).toBe(true);
    let now = 10_000_000;
    history = decideRestart(policy, history, now - 5 * 60_000, now).history;
    expect(history.loopReported).toBe(false);
    let reported = 0;
    for (let i = 0; i < 5; i++) {
      const decision = decideRestart(policy, history, now, now + 100);
      now += 100 + decision.delayMs;
      history = decision.history;
      if (decision.reportLoop) reported++;
    }
    expect(reported).toBe(1);
  });
});
