/**
 * Growing delays for failed sign-ins of one (email, client address) pair, pure. The first few
 * mistakes cost nothing (typos); after that each failure doubles the wait before the next try,
 * up to an hour. Keyed on the pair, so a stranger guessing from elsewhere slows only themselves:
 * the owner signing in from their own address is never locked out by them.
 */
export const PAIR_THROTTLE = {
  /** Failures that cost no wait. */
  freeFailures: 5,
  /** The wait after the first failure beyond the free ones; it doubles with each further one. */
  firstDelaySeconds: 60,
  maxDelaySeconds: 60 * 60,
  /** Failures older than this are forgotten (the count starts again). */
  forgetAfterSeconds: 24 * 60 * 60,
} as const;

/** The wait (seconds) imposed after the `failures`-th failure in a row. */
export function delayAfterFailures(failures: number, rules = PAIR_THROTTLE): number {
  if (failures <= rules.freeFailures) return 0;
  return Math.min(rules.maxDelaySeconds, rules.firstDelaySeconds * 2 ** (failures - rules.freeFailures - 1));
}

export function pairThrottleKey(email: string, address: string): string {
  return `sign-in:pair:${email}|${address}`;
}
