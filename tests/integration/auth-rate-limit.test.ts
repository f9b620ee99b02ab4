import { randomUUID } from "node:crypto";
import { afterAll, describe, expect, test } from "vitest";
import { authenticate } from "@/lib/auth/commands";
import { consumeRateLimit, pruneRateLimitCounters, rateLimitKey, SIGN_IN_EMAIL_RULE, SIGN_IN_IP_RULE } from "@/lib/auth/rate-limit";
import { createDb, db } from "@/lib/db/client";
import { createUser } from "../factories/users";

const MINUTE = 60_000;
const t0 = new Date("2026-04-01T09:00:00.000Z");
const at = (minutes: number) => new Date(t0.getTime() + minutes * MINUTE);
const freshIp = () => `10.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}`;
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

async function failTimes(times: number, attempt: { email: string; ip: string | null }, now: Date) {
  for (let i = 0; i < times; i++) {
    await expect(authenticate({ ...attempt, password: "not-the-password" }, { now })).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
  }
}

describe("per email", () => {
  test("after 5 failures the 6th attempt is refused even with the right password", async () => {
    const { user, password } = await createUser();
    await failTimes(5, { email: user.email, ip: freshIp() }, t0);

    await expect(authenticate({ email: user.email, password, ip: freshIp() }, { now: at(3) })).rejects.toMatchObject(rateLimited(12));
    // The email is the key, however it is typed.
    await expect(authenticate({ email: user.email.toUpperCase(), password, ip: freshIp() }, { now: at(3) })).rejects.toMatchObject(
      rateLimited(12),
    );
  });

  test("a blocked attempt does not even look at the password", async () => {
    const { user, password } = await createUser();
    await failTimes(5, { email: user.email, ip: freshIp() }, t0);
    // A hash argon2 cannot decode: verifying it would throw, so reaching RATE_LIMITED proves no verification ran.
    await db.user.update({ where: { id: user.id }, data: { passwordHash: "not-an-argon2-hash" } });
    await expect(authenticate({ email: user.email, password, ip: freshIp() }, { now: at(1) })).rejects.toMatchObject(rateLimited(14));
  });

  test("once the window has passed the right password works again", async () => {
    const { user, password } = await createUser();
    await failTimes(5, { email: user.email, ip: freshIp() }, t0);
    await expect(authenticate({ email: user.email, password, ip: freshIp() }, { now: at(14.9) })).rejects.toMatchObject(rateLimited(1));

    const actor = await authenticate({ email: user.email, password, ip: freshIp() }, { now: at(15) });
    expect(actor.userId).toBe(user.id);
  });

  test("an unknown email is limited the same way, so the limit reveals nothing", async () => {
    const email = `nobody-${randomUUID()}@example.com`;
    await failTimes(5, { email, ip: freshIp() }, t0);
    await expect(authenticate({ email, password: "anything-at-all", ip: freshIp() }, { now: t0 })).rejects.toMatchObject(rateLimited(15));
  });

  test("limits hold with no client address at all", async () => {
    const { user, password } = await createUser();
    await failTimes(5, { email: user.email, ip: null }, t0);
    await expect(authenticate({ email: user.email, password, ip: null }, { now: t0 })).rejects.toMatchObject({ code: "RATE_LIMITED" });
  });
});

describe("per client address", () => {
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

  test("a refused attempt from a limited address does not count against the email", async () => {
    const ip = freshIp();
    for (let i = 0; i < 20; i++) await failTimes(1, { email: `spray-${i}-${randomUUID()}@example.com`, ip }, t0);
    const { user } = await createUser();
    for (let i = 0; i < 10; i++) {
      await expect(authenticate({ email: user.email, password: "wrong", ip }, { now: t0 })).rejects.toMatchObject({ code: "RATE_LIMITED" });
    }
    expect(await db.rateLimitCounter.findUnique({ where: { key: rateLimitKey(SIGN_IN_EMAIL_RULE, user.email) } })).toBeNull();
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

describe("the counter in Postgres", () => {
  test("is shared by app instances: failures on either count towards one limit", async () => {
    const { user, password } = await createUser();
    const instances = [instanceA, instanceB];
    for (let i = 0; i < 5; i++) {
      const database = instances[i % 2]!;
      await expect(authenticate({ email: user.email, password: "wrong", ip: freshIp() }, { now: t0, db: database })).rejects.toMatchObject({
        code: "UNAUTHENTICATED",
      });
    }
    await expect(authenticate({ email: user.email, password, ip: freshIp() }, { now: t0, db: instanceB })).rejects.toMatchObject({
      code: "RATE_LIMITED",
    });
    await expect(authenticate({ email: user.email, password, ip: freshIp() }, { now: t0, db: instanceA })).rejects.toMatchObject({
      code: "RATE_LIMITED",
    });
  });

  test("a burst of parallel attempts from two instances lets exactly `limit` through", async () => {
    const subject = `burst-${randomUUID()}`;
    const decisions = await Promise.all(
      Array.from({ length: 24 }, (_, i) => consumeRateLimit(SIGN_IN_EMAIL_RULE, subject, { now: t0, db: i % 2 ? instanceA : instanceB })),
    );
    expect(decisions.map((d) => d.count).sort((a, b) => a - b)).toEqual(Array.from({ length: 24 }, (_, i) => i + 1));
    expect(decisions.filter((d) => d.allowed)).toHaveLength(SIGN_IN_EMAIL_RULE.limit);
  });

  test("an expired window restarts at 1 with the new start time", async () => {
    const subject = `restart-${randomUUID()}`;
    for (let i = 0; i < 7; i++) await consumeRateLimit(SIGN_IN_EMAIL_RULE, subject, { now: t0 });
    const decision = await consumeRateLimit(SIGN_IN_EMAIL_RULE, subject, { now: at(20) });
    expect(decision).toEqual({ allowed: true, count: 1, windowStartsAt: at(20) });
  });

  test("pruning deletes only counters whose window is over", async () => {
    const [old, current] = [`old-${randomUUID()}`, `current-${randomUUID()}`];
    await consumeRateLimit(SIGN_IN_EMAIL_RULE, old, { now: at(-30) });
    await consumeRateLimit(SIGN_IN_EMAIL_RULE, current, { now: at(-5) });

    await pruneRateLimitCounters({ now: t0 });
    const keys = (
      await db.rateLimitCounter.findMany({ where: { key: { in: [old, current].map((s) => rateLimitKey(SIGN_IN_EMAIL_RULE, s)) } } })
    ).map((row) => row.key);
    expect(keys).toEqual([rateLimitKey(SIGN_IN_EMAIL_RULE, current)]);
  });
});
