import "server-only";
import { db as sharedDb, type Db } from "@/lib/db/client";
import { decide, expiredIfStartedAtOrBefore, type RateLimitDecision, type RateLimitRule } from "./rate-limit-window";

const FIFTEEN_MINUTES_MS = 15 * 60_000;
const HOUR_MS = 60 * 60_000;

/**
 * Sign-in attempts per client address, across every email: slows one source spraying passwords
 * over many accounts. (One account's password is guarded per (email, address) pair with growing
 * delays, lib/auth/sign-in-throttle.ts, so nobody elsewhere can lock its owner out.)
 */
export const SIGN_IN_IP_RULE: RateLimitRule = { name: "sign-in:ip", limit: 20, windowMs: FIFTEEN_MINUTES_MS };
/** Sign-ups per client address. */
export const SIGN_UP_IP_RULE: RateLimitRule = { name: "sign-up:ip", limit: 10, windowMs: HOUR_MS };
/** Sign-ups per email address: also caps the mail one address can be sent through the form. */
export const SIGN_UP_EMAIL_RULE: RateLimitRule = { name: "sign-up:email", limit: 3, windowMs: HOUR_MS };
/** Wrong second-step codes per account (the password was right, so this is the last line). */
export const SECOND_FACTOR_RULE: RateLimitRule = { name: "second-factor:user", limit: 5, windowMs: FIFTEEN_MINUTES_MS };
/** Current-password checks when changing a password, per account. */
export const PASSWORD_CHECK_RULE: RateLimitRule = { name: "password-check:user", limit: 5, windowMs: FIFTEEN_MINUTES_MS };
/** Passkey sign-in challenges per client address (each is a row until it expires). */
export const PASSKEY_CHALLENGE_IP_RULE: RateLimitRule = { name: "passkey:ip", limit: 30, windowMs: FIFTEEN_MINUTES_MS };

const LONGEST_WINDOW_MS = Math.max(
  ...[SIGN_IN_IP_RULE, SIGN_UP_IP_RULE, SIGN_UP_EMAIL_RULE, SECOND_FACTOR_RULE, PASSWORD_CHECK_RULE, PASSKEY_CHALLENGE_IP_RULE].map(
    (rule) => rule.windowMs,
  ),
);

type Options = { now?: Date; db?: Db };

export function rateLimitKey(rule: RateLimitRule, subject: string): string {
  return `${rule.name}:${subject}`;
}

/**
 * Counts one attempt and says whether it may go ahead. One statement, so concurrent requests on
 * any number of app instances each get their own count from Postgres (the row lock of the
 * upsert orders them): no read-then-write gap for a burst of parallel attempts to slip through.
 * An expired window is restarted in the same statement.
 */
export async function consumeRateLimit(rule: RateLimitRule, subject: string, options: Options = {}): Promise<RateLimitDecision> {
  const { now = new Date(), db = sharedDb } = options;
  const key = rateLimitKey(rule, subject);
  const staleBefore = expiredIfStartedAtOrBefore(now, rule.windowMs);
  const rows = await db.$queryRaw<{ count: number; windowStartsAt: Date }[]>`
    INSERT INTO rate_limit_counter AS counter (key, count, window_starts_at)
    VALUES (${key}, 1, ${now}::timestamptz)
    ON CONFLICT (key) DO UPDATE SET
      count = CASE WHEN counter.window_starts_at <= ${staleBefore}::timestamptz THEN 1 ELSE counter.count + 1 END,
      window_starts_at = CASE WHEN counter.window_starts_at <= ${staleBefore}::timestamptz
        THEN ${now}::timestamptz ELSE counter.window_starts_at END
    RETURNING count, window_starts_at AS "windowStartsAt"`;
  const row = rows[0];
  if (!row) throw new Error(`rate limit upsert returned no row for ${rule.name}`);
  return decide(rule, { count: row.count, windowStartsAt: new Date(row.windowStartsAt) }, now);
}

/**
 * Takes back an attempt that turned out to be a successful sign-in, so an office behind one
 * address (or an end-to-end suite) is never locked out by signing in correctly. Only within the
 * same window, so a refund can never lower a newer window's count.
 */
export async function refundRateLimit(rule: RateLimitRule, subject: string, options: { windowStartsAt: Date; db?: Db }): Promise<void> {
  const { windowStartsAt, db = sharedDb } = options;
  await db.$executeRaw`
    UPDATE rate_limit_counter SET count = count - 1
    WHERE key = ${rateLimitKey(rule, subject)} AND window_starts_at = ${windowStartsAt}::timestamptz AND count > 0`;
}

export async function resetRateLimit(rule: RateLimitRule, subject: string, options: Pick<Options, "db"> = {}): Promise<void> {
  const { db = sharedDb } = options;
  await db.rateLimitCounter.deleteMany({ where: { key: rateLimitKey(rule, subject) } });
}

/** Deletes counters whose window is over; for a periodic job, since attackers mint keys freely. */
export async function pruneRateLimitCounters(options: Options = {}): Promise<number> {
  const { now = new Date(), db = sharedDb } = options;
  const { count } = await db.rateLimitCounter.deleteMany({
    where: { windowStartsAt: { lte: expiredIfStartedAtOrBefore(now, LONGEST_WINDOW_MS) } },
  });
  return count;
}
