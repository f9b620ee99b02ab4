import "server-only";
import { db as sharedDb, type Db, type DbClient } from "@/lib/db/client";
import { isUuid } from "@/lib/ids/uuid";
import type { Actor, Role } from "./policy";
import {
  secondFactorState,
  SESSION_ABSOLUTE_MS,
  SESSION_IDLE_MS,
  SESSION_TOUCH_INTERVAL_MS,
  type SecondFactorMethod,
  type SecondFactorState,
} from "./session-rules";

/** A signed-in browser as each request sees it (lib/auth/actor.ts). */
export type SessionState = { sessionId: string; actor: Actor; secondFactor: SecondFactorState };

const MAX_USER_AGENT_LENGTH = 512;

/**
 * Starts a session for a user who just proved who they are. `secondFactor` is the method when
 * this sign-in already covered it (a passkey with user verification, a trusted browser). Expired
 * sessions of the same user are cleared on the way, so rows never pile up per person.
 */
export async function createSession(
  input: { userId: string; userAgent: string; ip: string; secondFactor?: SecondFactorMethod },
  options: { now?: Date; db?: DbClient } = {},
): Promise<string> {
  const { now = new Date(), db = sharedDb } = options;
  await db.userSession.deleteMany({
    where: { userId: input.userId, OR: [{ expiresAt: { lte: now } }, { lastSeenAt: { lte: new Date(now.getTime() - SESSION_IDLE_MS) } }] },
  });
  const session = await db.userSession.create({
    data: {
      userId: input.userId,
      createdAt: now,
      lastSeenAt: now,
      expiresAt: new Date(now.getTime() + SESSION_ABSOLUTE_MS),
      userAgent: input.userAgent.slice(0, MAX_USER_AGENT_LENGTH),
      ip: input.ip.slice(0, 64),
      ...(input.secondFactor ? { secondFactorAt: now, secondFactorMethod: input.secondFactor } : {}),
    },
    select: { id: true },
  });
  return session.id;
}

type SessionRow = {
  sessionId: string;
  lastSeenAt: Date;
  userId: string;
  role: Role;
  email: string;
  name: string;
  secondFactorDone: boolean;
  hasSecondFactor: boolean;
  requiredForStaff: boolean;
};

/**
 * The per-request check: one statement, by primary key, reads the session, its user (current
 * role, not the one at sign-in), whether the user has a second factor, and whether the spa
 * requires one. A deleted (signed out, revoked), idle or expired session is null. last_seen_at is
 * written at most once every five minutes.
 */
export async function findSessionState(sessionId: string, options: { now?: Date; db?: Db } = {}): Promise<SessionState | null> {
  const { now = new Date(), db = sharedDb } = options;
  if (!isUuid(sessionId)) return null;
  const idleSince = new Date(now.getTime() - SESSION_IDLE_MS);
  const rows = await db.$queryRaw<SessionRow[]>`
    SELECT s.id AS "sessionId", s.last_seen_at AS "lastSeenAt", u.id AS "userId", u.role::text AS role, COALESCE(u.email, '') AS email, u.name,
      s.second_factor_at IS NOT NULL AS "secondFactorDone",
      -- Only a staff session still owing its step needs the factor and policy lookups (CASE
      -- evaluates lazily): a client's request, or a completed session's, is the join alone.
      CASE WHEN u.role = 'CLIENT' OR s.second_factor_at IS NOT NULL THEN false ELSE
        EXISTS (SELECT 1 FROM totp_credential t WHERE t.user_id = u.id AND t.confirmed_at IS NOT NULL)
        OR EXISTS (SELECT 1 FROM passkey_credential p WHERE p.user_id = u.id) END AS "hasSecondFactor",
      CASE WHEN u.role = 'CLIENT' OR s.second_factor_at IS NOT NULL THEN false ELSE
        COALESCE((SELECT sp.require_staff_two_factor FROM security_policy sp JOIN location l ON l.id = sp.location_id
          ORDER BY l.created_at, l.id LIMIT 1), false) END AS "requiredForStaff"
    FROM user_session s JOIN app_user u ON u.id = s.user_id
    WHERE s.id = ${sessionId}::uuid AND s.expires_at > ${now}::timestamptz AND s.last_seen_at > ${idleSince}::timestamptz
      -- A duplicate merged into another client is signed out: its records now belong to the other.
      AND u.merged_into_id IS NULL
      -- An erased client is signed out for good (their sessions are deleted too; this is the backstop).
      AND u.erased_at IS NULL`;
  const row = rows[0];
  if (!row) return null;
  if (now.getTime() - new Date(row.lastSeenAt).getTime() >= SESSION_TOUCH_INTERVAL_MS) {
    await db.userSession.updateMany({ where: { id: sessionId }, data: { lastSeenAt: now } });
  }
  return {
    sessionId: row.sessionId,
    actor: { userId: row.userId, role: row.role, email: row.email, name: row.name },
    secondFactor: secondFactorState(row),
  };
}

/** The second step was taken in this session: from now on it may act as its user. */
export async function completeSecondFactor(
  sessionId: string,
  method: SecondFactorMethod,
  options: { now?: Date; db?: DbClient } = {},
): Promise<void> {
  const { now = new Date(), db = sharedDb } = options;
  await db.userSession.updateMany({ where: { id: sessionId }, data: { secondFactorAt: now, secondFactorMethod: method } });
}

/** Sign-out: the token that carried this id is worthless from now on, on every instance. */
export async function endSession(sessionId: string, options: { db?: DbClient } = {}): Promise<void> {
  const { db = sharedDb } = options;
  if (!isUuid(sessionId)) return;
  await db.userSession.deleteMany({ where: { id: sessionId } });
}

/** Ends every session of a user, or every one but `except` (the browser that asked). */
export async function endUserSessions(userId: string, options: { except?: string; db?: DbClient } = {}): Promise<number> {
  const { except, db = sharedDb } = options;
  const { count } = await db.userSession.deleteMany({ where: { userId, ...(except ? { id: { not: except } } : {}) } });
  return count;
}
