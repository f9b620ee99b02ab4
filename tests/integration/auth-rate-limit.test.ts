import { randomUUID } from "node:crypto";
import { afterAll, describe, expect, test } from "vitest";
import { UNKNOWN_ADDRESS } from "@/lib/auth/client-ip";
import { authenticate } from "@/lib/auth/commands";
import { consumeRateLimit, pruneRateLimitCounters, rateLimitKey, SIGN_IN_IP_RULE } from "@/lib/auth/rate-limit";
import { admitPairAttempt } from "@/lib/auth/sign-in-throttle";
import { createDb, db } from "@/lib/db/client";
import { createUser } from "../factories/users";
import { freshIp } from "../support/auth";

const MINUTE = 60_000;
const t0 = new Date("2026-04-01T09:00:00.000Z");
const at = (minutes: number) => new Date(t0.getTime() + minutes * MINUTE);
const rateLimited = (minutes: number) => ({
  code: "RATE_LIMITED",
  userMessage: `Too many sign-in attempts. Try again in ${minutes} ${minutes === 1 ? "minute" : "minutes"}.`,
});

// Two "app instances": separate clients with separate connection pools to the same database.
const instanceA = createDb(process.env.DATABASE_URL!);
const instanceB = createDb(process.env.DATABASE_URL!);
afterAll(async () => {
  await Promise.all([instanceA.$disconnect(), instanceB.$disconnect()]);
});

async function failTimes(times: number, attempt: { email: string; ip: string }, now: Date) {
  for (let i = 0; i < times; i++) {
    await expect(authenticate({ ...attempt, password: "not-the-password" }, { now })).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
  }
}

describe("per (email, address) pair: growing delays", () => {
  test("five mistakes are free; the sixth failure makes that pair wait a minute, even with the right password", async () => {
    const { user, password } = await createUser();
    const ip = freshIp();
    await failTimes(6, { email: user.email, ip }, t0);
    await expect(authenticate({ email: user.email, password, ip }, { now: at(0.5) })).rejects.toMatchObject(rateLimited(1));
    // The email is the key, however it is typed.
    await expect(authenticate({ email: user.email.toUpperCase(), password, ip }, { now: at(0.5) })).rejects.toMatchObject(rateLimited(1));
    expect((await authenticate({ email: user.email, password, ip }, { now: at(1) })).userId).toBe(user.id);
  });

  test("each further failure doubles the wait, up to an hour", async () => {
    const { user } = await createUser();
    const ip = freshIp();
    await failTimes(6, { email: user.email, ip }, t0);
    await failTimes(1, { email: user.email, ip }, at(1));
    await expect(authenticate({ email: user.email, password: "x", ip }, { now: at(2) })).rejects.toMatchObject(rateLimited(1));
    await failTimes(1, { email: user.email, ip }, at(3));
    await expect(authenticate({ email: user.email, password: "x", ip }, { now: at(3.1) })).rejects.toMatchObject(rateLimited(4));
  });

  test("a stranger failing from elsewhere cannot lock the owner out", async () => {
    const { user, password } = await createUser();
    const attacker = freshIp();
    await failTimes(12, { email: user.email, ip: attacker }, t0).catch(() => undefined);
    for (let i = 0; i < 30; i++)
      await authenticate({ email: user.email, password: "guess", ip: attacker }, { now: t0 }).catch(() => undefined);
    // The owner, at home, signs in at once.
    expect((await authenticate({ email: user.email, password, ip: freshIp() }, { now: t0 })).userId).toBe(user.id);
  });

  test("a blocked attempt does not even look at the password", async () => {
    const { user, password } = await createUser();
    const ip = freshIp();
    await failTimes(6, { email: user.email, ip }, t0);
    // A hash argon2 cannot decode: verifying it would throw, so reaching RATE_LIMITED proves no verification ran.
    await db.user.update({ where: { id: user.id }, data: { passwordHash: "not-an-argon2-hash" } });
    await expect(authenticate({ email: user.email, password, ip }, { now: at(0.2) })).rejects.toMatchObject({ code: "RATE_LIMITED" });
  });

  test("an unknown email is limited the same way, so the limit reveals nothing", async () => {
    const email = `nobody-${randomUUID()}@example.com`;
    const ip = freshIp();
    await failTimes(6, { email, ip }, t0);
    await expect(authenticate({ email, password: "anything-at-all", ip }, { now: t0 })).rejects.toMatchObject(rateLimited(1));
  });

  test("failures a day old are forgotten", async () => {
    const { user } = await createUser();
    const ip = freshIp();
    await failTimes(6, { email: user.email, ip }, t0);
    await failTimes(5, { email: user.email, ip }, at(24 * 60 + 1));
    await failTimes(1, { email: user.email, ip }, at(24 * 60 + 1));
  });

  test("a burst of parallel attempts from two instances admits exactly the free ones and the first delayed one", async () => {
    const email = `burst-${randomUUID()}@example.com`;
    const ip = freshIp();
    const decisions = await Promise.all(
      Array.from({ length: 24 }, (_, i) => admitPairAttempt(email, ip, { now: t0, db: i % 2 ? instanceA : instanceB })),
    );
    expect(decisions.filter((d) => d.admitted)).toHaveLength(6);
  });
});

describe("per client address, across emails", () => {
  test("after 20 attempts from one address the 21st is refused, even with the right password", async () => {
    const ip = freshIp();
    for (let i = 0; i < 20; i++) {
      await failTimes(1, { email: `spray-${i}-${randomUUID()}@example.com`, ip }, at(i / 10));
    }
    const { user, password } = await createUser();
    await expect(authenticate({ email: user.email, password, ip }, { now: at(5) })).rejects.toMatchObject(rateLimited(10));
    // The same person from elsewhere is fine: the address was limited, not the account.
    expect((await authenticate({ email: user.email, password, ip: freshIp() }, { now: at(5) })).userId).toBe(user.id);
    // And the address is let in again once its window has passed.
    expect((await authenticate({ email: user.email, password, ip }, { now: at(15) })).userId).toBe(user.id);
  });

  test("requests with no usable address share one bucket that still counts", async () => {
    const before = await db.rateLimitCounter.findUnique({ where: { key: rateLimitKey(SIGN_IN_IP_RULE, UNKNOWN_ADDRESS) } });
    await failTimes(1, { email: `unknown-${randomUUID()}@example.com`, ip: UNKNOWN_ADDRESS }, new Date());
    const after = await db.rateLimitCounter.findUniqueOrThrow({ where: { key: rateLimitKey(SIGN_IN_IP_RULE, UNKNOWN_ADDRESS) } });
    expect(after.count).toBeGreaterThan(before && before.windowStartsAt.getTime() === after.windowStartsAt.getTime() ? before.count : 0);
  });

  test("a refused attempt from a limited address does not count against the pair", async () => {
    const ip = freshIp();
    for (let i = 0; i < 20; i++) await failTimes(1, { email: `spray-${i}-${randomUUID()}@example.com`, ip }, t0);
    const { user } = await createUser();
    for (let i = 0; i < 10; i++) {
      await expect(authenticate({ email: user.email, password: "wrong", ip }, { now: t0 })).rejects.toMatchObject({ code: "RATE_LIMITED" });
    }
    expect(await db.signInThrottle.count({ where: { key: { startsWith: `sign-in:pair:${user.email}|` } } })).toBe(0);
  });

  test("successful sign-ins do not use up the address's budget (an office behind one address)", async () => {
    const ip = freshIp();
    const { user, password } = await createUser();
    for (let i = 0; i < SIGN_IN_IP_RULE.limit + 5; i++) {
      expect((await authenticate({ email: user.email, password, ip }, { now: t0 })).userId).toBe(user.id);
    }
    expect(await db.rateLimitCounter.findUnique({ where: { key: rateLimitKey(SIGN_IN_IP_RULE, ip) } })).toMatchObject({ count: 0 });
  });
});

describe("the counters in Postgres", () => {
  test("are shared by app instances: failures on either count towards one limit", async () => {
    const { user, password } = await createUser();
    const ip = freshIp();
    const instances = [instanceA, instanceB];
    for (let i = 0; i < 6; i++) {
      const database = instances[i % 2]!;
      await expect(authenticate({ email: user.email, password: "wrong", ip }, { now: t0, db: database })).rejects.toMatchObject({
        code: "UNAUTHENTICATED",
      });
    }
    await expect(authenticate({ email: user.email, password, ip }, { now: t0, db: instanceB })).rejects.toMatchObject({
      code: "RATE_LIMITED",
    });
    await expect(authenticate({ email: user.email, password, ip }, { now: t0, db: instanceA })).rejects.toMatchObject({
      code: "RATE_LIMITED",
    });
  });

  test("a burst of parallel attempts from two instances lets exactly `limit` through", async () => {
    const subject = `burst-${randomUUID()}`;
    const decisions = await Promise.all(
      Array.from({ length: 24 }, (_, i) => consumeRateLimit(SIGN_IN_IP_RULE, subject, { now: t0, db: i % 2 ? instanceA : instanceB })),
    );
    expect(decisions.map((d) => d.count).sort((a, b) => a - b)).toEqual(Array.from({ length: 24 }, (_, i) => i + 1));
    expect(decisions.filter((d) => d.allowed)).toHaveLength(SIGN_IN_IP_RULE.limit);
  });

  test("an expired window restarts at 1 with the new start time", async () => {
    const subject = `restart-${randomUUID()}`;
    for (let i = 0; i < 7; i++) await consumeRateLimit(SIGN_IN_IP_RULE, subject, { now: t0 });
    const decision = await consumeRateLimit(SIGN_IN_IP_RULE, subject, { now: at(20) });
    expect(decision).toEqual({ allowed: true, count: 1, windowStartsAt: at(20) });
  });

  test("pruning deletes only counters whose window is over", async () => {
    const [old, current] = [`old-${randomUUID()}`, `current-${randomUUID()}`];
    await consumeRateLimit(SIGN_IN_IP_RULE, old, { now: at(-90) });
    await consumeRateLimit(SIGN_IN_IP_RULE, current, { now: at(-5) });

    await pruneRateLimitCounters({ now: t0 });
    const keys = (
      await db.rateLimitCounter.findMany({ where: { key: { in: [old, current].map((s) => rateLimitKey(SIGN_IN_IP_RULE, s)) } } })
    ).map((row) => row.key);
    expect(keys).toEqual([rateLimitKey(SIGN_IN_IP_RULE, current)]);
  });
});
