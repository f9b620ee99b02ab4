/**
 * When `npm start` restarts a child that stopped on its own (the web server, the worker,
 * PostgreSQL): at once the first time, then with doubling backoff up to a ceiling; a child that
 * ran a while before it stopped starts the count again. Several crashes in a short window are a
 * crash loop, reported once in one line. Pure: the clock is a parameter.
 */
export type RestartPolicy = {
  firstDelayMs: number;
  maxDelayMs: number;
  /** A child that ran this long was healthy: its next crash starts from firstDelayMs again. */
  stableAfterMs: number;
  /** This many crashes within loopWindowMs is a crash loop. */
  loopCrashes: number;
  loopWindowMs: number;
};

export const DEFAULT_RESTART_POLICY: RestartPolicy = {
  firstDelayMs: 500,
  maxDelayMs: 30_000,
  stableAfterMs: 60_000,
  loopCrashes: 5,
  loopWindowMs: 120_000,
};

export type RestartHistory = { crashes: number[]; consecutive: number; loopReported: boolean };

export const freshHistory = (): RestartHistory => ({ crashes: [], consecutive: 0, loopReported: false });

export type RestartDecision = { delayMs: number; history: RestartHistory; reportLoop: boolean };

/** The child started at `startedAt` has just stopped (at `now`): how long to wait before starting it again. */
export function decideRestart(policy: RestartPolicy, history: RestartHistory, startedAt: number, now: number): RestartDecision {
  const stable = now - startedAt >= policy.stableAfterMs;
  const consecutive = stable ? 1 : history.consecutive + 1;
  const crashes = [...history.crashes, now].filter((at) => now - at < policy.loopWindowMs);
  const inLoop = crashes.length >= policy.loopCrashes;
  const delayMs = Math.min(policy.maxDelayMs, consecutive === 1 ? policy.firstDelayMs : policy.firstDelayMs * 2 ** (consecutive - 1));
  const reportLoop = inLoop && !history.loopReported;
  // A loop is reported once; a spell of health ends it, and a later loop is reported again.
  const loopReported = stable ? inLoop : history.loopReported || inLoop;
  return { delayMs, history: { crashes, consecutive, loopReported }, reportLoop };
}
