/**
 * Fixed-window rate-limit arithmetic, pure (`now` is a parameter). lib/auth/rate-limit.ts runs
 * the same rules inside one SQL statement; these functions give it its inputs and read its output.
 */
export type RateLimitRule = {
  /** Prefix of the counter key, e.g. "sign-in:email". */
  name: string;
  /** Attempts allowed per window; the next one is refused. */
  limit: number;
  windowMs: number;
};

export type RateLimitDecision =
  { allowed: true; count: number; windowStartsAt: Date } | { allowed: false; count: number; windowStartsAt: Date; retryAfterMs: number };

export function windowEndsAt(windowStartsAt: Date, windowMs: number): Date {
  return new Date(windowStartsAt.getTime() + windowMs);
}

/**
 * A window that started at or before this instant is over at `now`; the SQL resets such a
 * counter to a fresh window instead of adding to it.
 */
export function expiredIfStartedAtOrBefore(now: Date, windowMs: number): Date {
  return new Date(now.getTime() - windowMs);
}

/** Reads a counter after this attempt was added to it. */
export function decide(rule: RateLimitRule, counter: { count: number; windowStartsAt: Date }, now: Date): RateLimitDecision {
  if (counter.count <= rule.limit) return { allowed: true, ...counter };
  const retryAfterMs = Math.max(0, windowEndsAt(counter.windowStartsAt, rule.windowMs).getTime() - now.getTime());
  return { allowed: false, ...counter, retryAfterMs };
}

/** Whole minutes to wait, rounded up, never 0 ("try again in 0 minutes" helps nobody). */
export function retryAfterMinutes(retryAfterMs: number): number {
  return Math.max(1, Math.ceil(retryAfterMs / 60_000));
}
