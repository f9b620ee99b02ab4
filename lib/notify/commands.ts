import "server-only";
import { assertCan } from "@/lib/auth/assert-can";
import type { Actor } from "@/lib/auth/policy";
import { recordAudit } from "@/lib/audit/record";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import type { NotificationPreferencesInput, ResendEmailInput } from "./schema";

/** Saves the signed-in person's own choices; the id comes from the actor, never from input. */
export async function updateOwnNotificationPreferences(actor: Actor, input: NotificationPreferencesInput): Promise<void> {
  assertCan(actor, "account:manage-notifications");
  await db.notificationPreference.upsert({
    where: { userId: actor.userId },
    create: { userId: actor.userId, reminders: input.reminders, nudges: input.nudges, waitlist: input.waitlist },
    update: { reminders: input.reminders, nudges: input.nudges, waitlist: input.waitlist },
  });
}

/**
 * An admin sends a FAILED message again (a fixed address, a server that refused for good, a retry
 * window that closed): it is QUEUED now with a new retry window and attempt count, the same
 * content and the same Message-ID. Only FAILED messages: anything else is still on its way or already settled.
 */
export async function resendFailedMessage(actor: Actor, input: ResendEmailInput): Promise<void> {
  assertCan(actor, "admin:resend-emails");
  await db.$transaction(async (tx) => {
    const failed = await tx.emailMessage.findFirst({
      where: { id: input.messageId, state: "FAILED" },
      select: { attempts: true, lastError: true },
    });
    // The count starts again with the new retry window (so does the backoff); the audit keeps the old one.
    const { count } = await tx.emailMessage.updateMany({
      where: { id: input.messageId, state: "FAILED" },
      data: { state: "QUEUED", sendAfter: new Date(), firstAttemptAt: null, attempts: 0 },
    });
    if (!failed || count === 0) {
      const exists = await tx.emailMessage.count({ where: { id: input.messageId } });
      if (exists === 0) throw new AppError("NOT_FOUND", "That message was not found.");
      throw new AppError("CONFLICT", "Only a failed message can be sent again; this one has moved on. Reload to see its state.");
    }
    await recordAudit(tx, actor, {
      action: "email.resend",
      entityType: "email_message",
      entityId: input.messageId,
      details: { previousAttempts: failed.attempts, lastError: failed.lastError },
    });
  });
}
