import "server-only";
import { randomUUID } from "node:crypto";
import { db as sharedDb, type Db } from "@/lib/db/client";
import { PAIR_THROTTLE, pairThrottleKey } from "./sign-in-throttle-rules";

export type PairDecision = { admitted: true } | { admitted: false; retryAfterMs: number };

/**
 * Counts a sign-in attempt of one (email, address) pair as a failure before the password is
 * checked, and says whether it may go ahead; a right password then clears the pair. One
 * statement, so parallel attempts on any number of instances are ordered by the row lock: a burst
 * cannot slip past a delay. While blocked, the row is left as it is (a blocked try costs nothing
 * and extends nothing); `attempt_id` tells this attempt whether the update admitted it.
 */
export async function admitPairAttempt(email: string, address: string, options: { now?: Date; db?: Db } = {}): Promise<PairDecision> {
  const { now = new Date(), db = sharedDb } = options;
  const attemptId = randomUUID();
  const forgetBefore = new Date(now.getTime() - PAIR_THROTTLE.forgetAfterSeconds * 1000);
  const { freeFailures, firstDelaySeconds, maxDelaySeconds } = PAIR_THROTTLE;
  const rows = await db.$queryRaw<{ admitted: boolean; blockedUntil: Date }[]>`
    INSERT INTO sign_in_throttle AS t (key, failures, last_failure_at, blocked_until, attempt_id)
    VALUES (${pairThrottleKey(email, address)}, 1, ${now}::timestamptz, ${now}::timestamptz, ${attemptId}::uuid)
    ON CONFLICT (key) DO UPDATE SET
      failures = CASE WHEN t.blocked_until > ${now}::timestamptz THEN t.failures
        WHEN t.last_failure_at <= ${forgetBefore}::timestamptz THEN 1 ELSE t.failures + 1 END,
      last_failure_at = CASE WHEN t.blocked_until > ${now}::timestamptz THEN t.last_failure_at ELSE ${now}::timestamptz END,
      attempt_id = CASE WHEN t.blocked_until > ${now}::timestamptz THEN t.attempt_id ELSE ${attemptId}::uuid END,
      blocked_until = CASE WHEN t.blocked_until > ${now}::timestamptz THEN t.blocked_until
        ELSE ${now}::timestamptz + make_interval(secs => CASE
          WHEN (CASE WHEN t.last_failure_at <= ${forgetBefore}::timestamptz THEN 1 ELSE t.failures + 1 END) <= ${freeFailures}::int THEN 0
          ELSE LEAST(${maxDelaySeconds}::int, ${firstDelaySeconds}::int * power(2, LEAST(t.failures - ${freeFailures}::int, 20)))
        END) END
    RETURNING attempt_id = ${attemptId}::uuid AS admitted, blocked_until AS "blockedUntil"`;
  const row = rows[0];
  if (!row) throw new Error("sign-in throttle upsert returned no row");
  if (row.admitted) return { admitted: true };
  return { admitted: false, retryAfterMs: Math.max(0, new Date(row.blockedUntil).getTime() - now.getTime()) };
}

/** A right password: the pair starts again from nothing. */
export async function clearPair(email: string, address: string, options: { db?: Db } = {}): Promise<void> {
  const { db = sharedDb } = options;
  await db.signInThrottle.deleteMany({ where: { key: pairThrottleKey(email, address) } });
}
