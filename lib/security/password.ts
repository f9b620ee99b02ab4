import "server-only";
import type { SignedInSession } from "@/lib/auth/actor";
import { rateLimited } from "@/lib/auth/commands";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import { consumeRateLimit, PASSWORD_CHECK_RULE } from "@/lib/auth/rate-limit";
import { forgetTrustedBrowsers } from "@/lib/auth/second-factor/trusted-browser";
import { endUserSessions } from "@/lib/auth/session-store";
import { passwordContainsEmail, messages } from "@/lib/auth/schema";
import { recordAudit } from "@/lib/audit/record";
import { requireCompleteSession } from "./guard";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import type { ChangePasswordData } from "./schema";

const WRONG_CURRENT = "That is not your current password.";

/**
 * Changes the person's password. The current one must be typed (a browser left open is not
 * enough), with the same per-account limit as the second step. Every other session ends and every
 * trusted browser is forgotten: whoever knew the old password is out everywhere.
 */
export async function changePassword(
  session: SignedInSession,
  input: ChangePasswordData,
  now = new Date(),
): Promise<{ endedSessions: number }> {
  const { actor } = session;
  requireCompleteSession(session, "account:manage-security");
  if (passwordContainsEmail(input.newPassword, actor.email)) {
    throw new AppError("VALIDATION", messages.passwordContainsEmail, { fieldErrors: { newPassword: [messages.passwordContainsEmail] } });
  }
  const decision = await consumeRateLimit(PASSWORD_CHECK_RULE, actor.userId, { now });
  if (!decision.allowed) throw rateLimited(decision.retryAfterMs);
  const user = await db.user.findUnique({ where: { id: actor.userId }, select: { passwordHash: true } });
  if (!user) throw new AppError("UNAUTHENTICATED", "Please sign in to continue.");
  if (!user.passwordHash || !(await verifyPassword(user.passwordHash, input.currentPassword))) {
    throw new AppError("VALIDATION", WRONG_CURRENT, { fieldErrors: { currentPassword: [WRONG_CURRENT] } });
  }
  const passwordHash = await hashPassword(input.newPassword);
  return db.$transaction(async (tx) => {
    await tx.user.update({ where: { id: actor.userId }, data: { passwordHash } });
    const endedSessions = await endUserSessions(actor.userId, { except: session.sessionId, db: tx });
    await forgetTrustedBrowsers(actor.userId, { db: tx });
    await recordAudit(tx, actor, { action: "password.change", entityType: "app_user", entityId: actor.userId, details: { endedSessions } });
    return { endedSessions };
  });
}
