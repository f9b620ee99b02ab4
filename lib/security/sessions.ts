import "server-only";
import type { SignedInSession } from "@/lib/auth/actor";
import { describeUserAgent, SESSION_IDLE_MS } from "@/lib/auth/session-rules";
import { endUserSessions } from "@/lib/auth/session-store";
import { recordAudit } from "@/lib/audit/record";
import { requireCompleteSession } from "./guard";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";

export type OwnSession = { id: string; current: boolean; device: string; ip: string; createdAt: Date; lastSeenAt: Date; expiresAt: Date };

/** The person's live sessions, this one first, then the most recently used. */
export async function listOwnSessions(session: SignedInSession, now = new Date()): Promise<OwnSession[]> {
  requireCompleteSession(session, "account:manage-security");
  const rows = await db.userSession.findMany({
    where: { userId: session.actor.userId, expiresAt: { gt: now }, lastSeenAt: { gt: new Date(now.getTime() - SESSION_IDLE_MS) } },
    orderBy: { lastSeenAt: "desc" },
    take: 50,
    select: { id: true, userAgent: true, ip: true, createdAt: true, lastSeenAt: true, expiresAt: true },
  });
  return rows
    .map(({ userAgent, ...row }) => ({ ...row, device: describeUserAgent(userAgent), current: row.id === session.sessionId }))
    .sort((a, b) => Number(b.current) - Number(a.current));
}

/** Signs one of the person's other browsers out at once. Someone else's session id is NOT_FOUND. */
export async function endOwnSession(session: SignedInSession, input: { sessionId: string }): Promise<void> {
  requireCompleteSession(session, "account:manage-security");
  if (input.sessionId === session.sessionId) {
    throw new AppError("VALIDATION", "To end this session, use Sign out.");
  }
  await db.$transaction(async (tx) => {
    const { count } = await tx.userSession.deleteMany({ where: { id: input.sessionId, userId: session.actor.userId } });
    if (count === 0) throw new AppError("NOT_FOUND", "That session has already ended.");
    await recordAudit(tx, session.actor, { action: "session.end", entityType: "app_user", entityId: session.actor.userId });
  });
}

/** "Sign out everywhere else": every session of the person but this one. */
export async function endOtherSessions(session: SignedInSession): Promise<{ ended: number }> {
  requireCompleteSession(session, "account:manage-security");
  return db.$transaction(async (tx) => {
    const ended = await endUserSessions(session.actor.userId, { except: session.sessionId, db: tx });
    await recordAudit(tx, session.actor, {
      action: "session.end-others",
      entityType: "app_user",
      entityId: session.actor.userId,
      details: { ended },
    });
    return { ended };
  });
}
