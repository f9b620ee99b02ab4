import "server-only";
import { db as sharedDb, type Db } from "@/lib/db/client";
import { pruneRateLimitCounters } from "./rate-limit";
import { SESSION_IDLE_MS } from "./session-rules";
import { PAIR_THROTTLE } from "./sign-in-throttle-rules";

export type PruneCounts = {
  rateLimitCounters: number;
  signInThrottles: number;
  sessions: number;
  passwordTokens: number;
  signUpRequests: number;
  webAuthnChallenges: number;
  trustedBrowsers: number;
};

/**
 * Deletes what can no longer do anything (issue 14): rate-limit windows that are over, sign-in
 * throttles that were forgotten and are no longer blocking, sessions past their absolute end or
 * idle limit, password links and sign-up confirmations that expired, passkey
 * challenges and trusted-browser marks past their end. Attackers mint keys and abandon challenges
 * freely, so without this the tables only grow. Each is one indexed statement, safe to run on
 * every instance at once.
 */
export async function pruneExpiredAccountRows(options: { now?: Date; db?: Db } = {}): Promise<PruneCounts> {
  const { now = new Date(), db = sharedDb } = options;
  const forgotten = new Date(now.getTime() - PAIR_THROTTLE.forgetAfterSeconds * 1000);
  const idleSince = new Date(now.getTime() - SESSION_IDLE_MS);
  const rateLimitCounters = await pruneRateLimitCounters({ now, db });
  const signInThrottles = await db.signInThrottle.deleteMany({ where: { lastFailureAt: { lte: forgotten }, blockedUntil: { lte: now } } });
  const sessions = await db.userSession.deleteMany({ where: { OR: [{ expiresAt: { lte: now } }, { lastSeenAt: { lte: idleSince } }] } });
  const passwordTokens = await db.passwordToken.deleteMany({ where: { expiresAt: { lte: now } } });
  const signUpRequests = await db.signUpRequest.deleteMany({ where: { expiresAt: { lte: now } } });
  const webAuthnChallenges = await db.webAuthnChallenge.deleteMany({ where: { expiresAt: { lte: now } } });
  const trustedBrowsers = await db.trustedBrowser.deleteMany({ where: { expiresAt: { lte: now } } });
  return {
    rateLimitCounters,
    signInThrottles: signInThrottles.count,
    sessions: sessions.count,
    passwordTokens: passwordTokens.count,
    signUpRequests: signUpRequests.count,
    webAuthnChallenges: webAuthnChallenges.count,
    trustedBrowsers: trustedBrowsers.count,
  };
}
