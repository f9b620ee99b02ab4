import { describe, expect, test } from "vitest";
import { authOptions } from "@/lib/auth/options";
import { SESSION_ABSOLUTE_MS, SESSION_IDLE_MS } from "@/lib/auth/session-rules";
import { createSession, endSession, findSessionState } from "@/lib/auth/session-store";
import { trustBrowser } from "@/lib/auth/second-factor/trusted-browser";
import { db } from "@/lib/db/client";
import { changePassword } from "@/lib/security/password";
import { endOtherSessions, endOwnSession, listOwnSessions } from "@/lib/security/sessions";
import { deactivateStaff } from "@/lib/staff/commands";
import { asActor } from "../factories/booking-spa";
import { createEsthetician, createLocation } from "../factories/spa";
import { createUser } from "../factories/users";
import { freshIp, signInAs } from "../support/auth";

const now = new Date("2026-04-01T09:00:00.000Z");
const later = (ms: number) => new Date(now.getTime() + ms);

async function start(userId: string, at = new Date()) {
  return createSession({ userId, userAgent: "vitest", ip: freshIp() }, { now: at });
}

describe("a session is a row checked on every request", () => {
  test("a live session reads as its user with the current role", async () => {
    const created = await createUser({ role: "ESTHETICIAN" });
    const sessionId = await start(created.user.id, now);
    expect(await findSessionState(sessionId, { now })).toEqual({
      sessionId,
      actor: { userId: created.user.id, role: "ESTHETICIAN", email: created.user.email, name: created.user.name },
      secondFactor: "complete",
    });
  });

  test("a token replayed after sign-out grants nothing and is not renewed", async () => {
    const { user } = await createUser();
    const sessionId = await start(user.id);
    const jwt = authOptions.callbacks!.jwt!;
    await expect(jwt({ token: { sid: sessionId }, account: null, user: undefined as never })).resolves.toMatchObject({ sid: sessionId });

    await authOptions.events!.signOut!({ token: { sid: sessionId }, session: undefined as never });
    expect(await findSessionState(sessionId)).toBeNull();
    // next-auth clears the cookie when the jwt callback throws, instead of re-issuing it.
    await expect(jwt({ token: { sid: sessionId }, account: null, user: undefined as never })).rejects.toThrow();
  });

  test("ends after two idle hours, and twelve hours after sign-in however active", async () => {
    const { user } = await createUser();
    const idle = await start(user.id, now);
    expect(await findSessionState(idle, { now: later(SESSION_IDLE_MS - 60_000) })).not.toBeNull();
    expect(await findSessionState(idle, { now: later(2 * SESSION_IDLE_MS - 120_000) })).not.toBeNull();
    expect(await findSessionState(idle, { now: later(3 * SESSION_IDLE_MS) })).toBeNull();

    const busy = await start(user.id, now);
    for (let hour = 1; hour < 12; hour++) expect(await findSessionState(busy, { now: later(hour * 3_600_000) })).not.toBeNull();
    expect(await findSessionState(busy, { now: later(SESSION_ABSOLUTE_MS) })).toBeNull();
  });

  test("records activity at most once every five minutes", async () => {
    const { user } = await createUser();
    const sessionId = await start(user.id, now);
    await findSessionState(sessionId, { now: later(4 * 60_000) });
    expect((await db.userSession.findUniqueOrThrow({ where: { id: sessionId } })).lastSeenAt).toEqual(now);
    await findSessionState(sessionId, { now: later(5 * 60_000) });
    expect((await db.userSession.findUniqueOrThrow({ where: { id: sessionId } })).lastSeenAt).toEqual(later(5 * 60_000));
  });

  test("a malformed or unknown id is nobody", async () => {
    expect(await findSessionState("")).toBeNull();
    expect(await findSessionState("1 OR 1=1")).toBeNull();
    expect(await findSessionState("00000000-0000-4000-8000-000000000000")).toBeNull();
    await endSession("not-a-uuid");
  });
});

describe("revocation at once", () => {
  test("a role change ends every session of that person (a database trigger, whoever changes it)", async () => {
    const { user } = await createUser({ role: "ADMIN" });
    const [a, b] = [await start(user.id), await start(user.id)];
    await db.user.update({ where: { id: user.id }, data: { name: "Renamed" } });
    expect(await findSessionState(a)).not.toBeNull();
    await db.user.update({ where: { id: user.id }, data: { role: "CLIENT" } });
    expect(await findSessionState(a)).toBeNull();
    expect(await findSessionState(b)).toBeNull();
  });

  test("deactivating an esthetician ends their sessions", async () => {
    const location = await createLocation();
    const { user, profile } = await createEsthetician(location.id);
    const sessionId = await start(user.id);
    const admin = await createUser({ role: "ADMIN" });
    await deactivateStaff(asActor(admin.user), { staffId: profile.id });
    expect(await findSessionState(sessionId)).toBeNull();
  });

  test("changing the password ends every other session and forgets trusted browsers, keeping this one", async () => {
    const created = await createUser({ role: "ESTHETICIAN" });
    const here = await signInAs(created);
    const elsewhere = await start(created.user.id);
    await trustBrowser({ userId: created.user.id, userAgent: "vitest", existingTokens: [] });
    const result = await changePassword(here, {
      currentPassword: created.password,
      newPassword: "quiet-harbour-lantern-tea",
      confirmPassword: "quiet-harbour-lantern-tea",
    });
    expect(result).toEqual({ endedSessions: 1 });
    expect(await findSessionState(here.sessionId)).not.toBeNull();
    expect(await findSessionState(elsewhere)).toBeNull();
    expect(await db.trustedBrowser.count({ where: { userId: created.user.id } })).toBe(0);
    expect(await db.auditEvent.count({ where: { actorId: created.user.id, action: "password.change" } })).toBe(1);
  });

  test("a wrong current password changes nothing", async () => {
    const created = await createUser();
    const here = await signInAs(created);
    await expect(
      changePassword(here, {
        currentPassword: "not-it",
        newPassword: "quiet-harbour-lantern-tea",
        confirmPassword: "quiet-harbour-lantern-tea",
      }),
    ).rejects.toMatchObject({ code: "VALIDATION", details: { fieldErrors: { currentPassword: ["That is not your current password."] } } });
  });
});

describe("the sessions page", () => {
  test("lists the person's live sessions, this one first, and ends another one", async () => {
    const created = await createUser();
    const here = await signInAs(created);
    const other = await start(created.user.id, new Date(Date.now() - 5 * 60_000));
    const sessions = await listOwnSessions(here);
    expect(sessions.map((s) => [s.id, s.current])).toEqual([
      [here.sessionId, true],
      [other, false],
    ]);
    await endOwnSession(here, { sessionId: other });
    expect(await findSessionState(other)).toBeNull();
  });

  test("wrong actor: someone else's session id is NOT_FOUND and that session lives on", async () => {
    const me = await signInAs(await createUser());
    const stranger = await createUser();
    const theirs = await start(stranger.user.id);
    await expect(endOwnSession(me, { sessionId: theirs })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await findSessionState(theirs)).not.toBeNull();
  });

  test("sign out everywhere else keeps only this session", async () => {
    const created = await createUser();
    const here = await signInAs(created);
    await start(created.user.id);
    await start(created.user.id);
    expect(await endOtherSessions(here)).toEqual({ ended: 2 });
    expect((await listOwnSessions(here)).map((s) => s.id)).toEqual([here.sessionId]);
  });
});
