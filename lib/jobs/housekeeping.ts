import { pruneRateLimitCounters } from "@/lib/auth/rate-limit";
import { SESSION_IDLE_MS } from "@/lib/auth/session-rules";
import { PAIR_THROTTLE } from "@/lib/auth/sign-in-throttle-rules";
import type { Db } from "@/lib/db/client";

/** A used or expired set-password link is kept this long, so support can still see it was sent. */
const SPENT_TOKEN_KEPT_MS = 7 * 24 * 60 * 60_000;

export type Pruned = {
  rateLimitCounters: number;
  signInThrottles: number;
  sessions: number;
  webAuthnChallenges: number;
  trustedBrowsers: number;
  signUpRequests: number;
  passwordTokens: number;
};

/**
 * Deletes what has stopped meaning anything (issue 14): rate-limit counters whose window is over
 * and sign-in throttles already forgotten (attackers mint keys freely, so these would otherwise
 * grow without end), sessions past their absolute or idle lifetime, expired passkey challenges,
 * trusted browsers and sign-up requests, and set-password links spent or expired a week ago.
 * Every row deleted is already refused when read, so pruning changes no answer.
 */
export async function pruneExpiredSecurityRows(db: Db, now = new Date()): Promise<Pruned> {
  const rateLimitCounters = await pruneRateLimitCounters({ now, db });
  const forgottenBefore = new Date(now.getTime() - PAIR_THROTTLE.forgetAfterSeconds * 1000);
  const [signInThrottles, sessions, webAuthnChallenges, trustedBrowsers, signUpRequests, passwordTokens] = await Promise.all([
    db.signInThrottle.deleteMany({ where: { lastFailureAt: { lte: forgottenBefore }, blockedUntil: { lte: now } } }),
    db.userSession.deleteMany({
      where: { OR: [{ expiresAt: { lte: now } }, { lastSeenAt: { lte: new Date(now.getTime() - SESSION_IDLE_MS) } }] },
    }),
    db.webAuthnChallenge.deleteMany({ where: { expiresAt: { lte: now } } }),
    db.trustedBrowser.deleteMany({ where: { expiresAt: { lte: now } } }),
    db.signUpRequest.deleteMany({ where: { expiresAt: { lte: now } } }),
    db.passwordToken.deleteMany({
      where: {
        OR: [
          { expiresAt: { lte: new Date(now.getTime() - SPENT_TOKEN_KEPT_MS) } },
          { usedAt: { lte: new Date(now.getTime() - SPENT_TOKEN_KEPT_MS) } },
        ],
      },
    }),
  ]);
  return {
    rateLimitCounters,
    signInThrottles: signInThrottles.count,
    sessions: sessions.count,
    webAuthnChallenges: webAuthnChallenges.count,
    trustedBrowsers: trustedBrowsers.count,
    signUpRequests: signUpRequests.count,
    passwordTokens: passwordTokens.count,
  };
}
