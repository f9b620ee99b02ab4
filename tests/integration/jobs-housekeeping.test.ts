import { randomBytes, randomUUID } from "node:crypto";
import { describe, expect, test } from "vitest";
import { consumeRateLimit, rateLimitKey, SIGN_IN_IP_RULE } from "@/lib/auth/rate-limit";
import { db } from "@/lib/db/client";
import { pruneExpiredSecurityRows } from "@/lib/jobs/housekeeping";
import { createUser } from "../factories/users";

// The worker's hourly pruning (issue 14): expired security rows go; live ones stay.

const now = new Date("2030-06-01T12:00:00Z");
const hoursAgo = (hours: number) => new Date(now.getTime() - hours * 3_600_000);
const hoursAhead = (hours: number) => new Date(now.getTime() + hours * 3_600_000);

describe("pruneExpiredSecurityRows", () => {
  test("deletes expired rate-limit counters, throttles, sessions, challenges, trusted browsers, sign-ups and spent links; keeps live ones", async () => {
    const { user } = await createUser({ role: "CLIENT" });
    const [oldSubject, liveSubject] = [`old-${randomUUID()}`, `live-${randomUUID()}`];
    await consumeRateLimit(SIGN_IN_IP_RULE, oldSubject, { now: hoursAgo(48) });
    await consumeRateLimit(SIGN_IN_IP_RULE, liveSubject, { now });
    const throttle = (key: string, lastFailureAt: Date, blockedUntil: Date) =>
      db.signInThrottle.create({ data: { key, failures: 7, lastFailureAt, blockedUntil, attemptId: randomUUID() } });
    const forgottenThrottle = await throttle(`forgotten-${randomUUID()}`, hoursAgo(30), hoursAgo(29));
    const liveThrottle = await throttle(`recent-${randomUUID()}`, hoursAgo(1), hoursAhead(1));
    const session = (expiresAt: Date, lastSeenAt: Date) => db.userSession.create({ data: { userId: user.id, expiresAt, lastSeenAt } });
    await session(hoursAgo(1), hoursAgo(2));
    await session(hoursAhead(5), hoursAgo(3)); // idle for three hours
    const liveSession = await session(hoursAhead(5), hoursAgo(0.5));
    const oldChallenge = await db.webAuthnChallenge.create({
      data: { challenge: "old", purpose: "REGISTER", userId: user.id, expiresAt: hoursAgo(1) },
    });
    await db.trustedBrowser.create({ data: { userId: user.id, tokenHash: randomUUID(), expiresAt: hoursAgo(1) } });
    const liveBrowser = await db.trustedBrowser.create({ data: { userId: user.id, tokenHash: randomUUID(), expiresAt: hoursAhead(24) } });
    const signUp = (expiresAt: Date) =>
      db.signUpRequest.create({
        data: { email: `${randomUUID()}@example.com`, name: "A", phone: "", passwordHash: "x", tokenHash: randomUUID(), expiresAt },
      });
    const expiredSignUp = await signUp(hoursAgo(1));
    const liveSignUp = await signUp(hoursAhead(1));
    const token = (data: { expiresAt: Date; usedAt?: Date }) =>
      db.passwordToken.create({ data: { userId: user.id, tokenHash: randomBytes(32).toString("hex"), ...data } });
    await token({ expiresAt: hoursAgo(24 * 8) });
    await token({ expiresAt: hoursAhead(1), usedAt: hoursAgo(24 * 8) });
    const recentlyUsed = await token({ expiresAt: hoursAgo(1), usedAt: hoursAgo(2) });

    const pruned = await pruneExpiredSecurityRows(db, now);

    // Other test files share the database and leave expired rows of their own: counts are lower bounds,
    // and the rows this test made are checked one by one.
    expect(pruned.signInThrottles).toBeGreaterThanOrEqual(1);
    expect(pruned.webAuthnChallenges).toBeGreaterThanOrEqual(1);
    expect(pruned.trustedBrowsers).toBeGreaterThanOrEqual(1);
    expect(pruned.signUpRequests).toBeGreaterThanOrEqual(1);
    expect(pruned.passwordTokens).toBeGreaterThanOrEqual(2);
    expect(pruned.sessions).toBeGreaterThanOrEqual(2);
    expect(pruned.rateLimitCounters).toBeGreaterThanOrEqual(1);
    expect(await db.signInThrottle.count({ where: { key: forgottenThrottle.key } })).toBe(0);
    expect(await db.webAuthnChallenge.count({ where: { id: oldChallenge.id } })).toBe(0);
    expect(await db.signUpRequest.count({ where: { id: expiredSignUp.id } })).toBe(0);
    const counterKeys = (
      await db.rateLimitCounter.findMany({ where: { key: { in: [oldSubject, liveSubject].map((s) => rateLimitKey(SIGN_IN_IP_RULE, s)) } } })
    ).map((row) => row.key);
    expect(counterKeys).toEqual([rateLimitKey(SIGN_IN_IP_RULE, liveSubject)]);
    expect((await db.signInThrottle.findMany({ where: { key: liveThrottle.key } })).length).toBe(1);
    expect((await db.userSession.findMany({ where: { userId: user.id } })).map((row) => row.id)).toEqual([liveSession.id]);
    expect((await db.trustedBrowser.findMany({ where: { userId: user.id } })).map((row) => row.id)).toEqual([liveBrowser.id]);
    expect(await db.signUpRequest.count({ where: { id: liveSignUp.id } })).toBe(1);
    expect((await db.passwordToken.findMany({ where: { userId: user.id } })).map((row) => row.id)).toEqual([recentlyUsed.id]);
  });
});
