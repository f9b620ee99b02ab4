import type { Db } from "@/lib/db/client";
import type { StoredAttachment } from "./outbox";
import { describeSendError, type Mailer } from "./mailer";

export type SendOutcome = "sent" | "recorded" | "skipped" | "retry" | "failed";

/** Thrown so the queue retries the job with exponential backoff; the row already says why. */
export class RetryableSendError extends Error {
  override name = "RetryableSendError";
}

/**
 * Delivers one QUEUED message. The row is locked for the send, so two deliveries of the same job
 * (a retry racing a sweep) cannot both send it; anything not QUEUED is already settled and skipped.
 * After the last allowed attempt the message is FAILED; before it, it stays QUEUED for the retry.
 */
export async function sendQueuedMessage(
  deps: { db: Db; mailer: Mailer },
  options: { messageId: string; retryCount: number; retryLimit: number },
): Promise<SendOutcome> {
  const { db, mailer } = deps;
  const { messageId } = options;
  const outcome = await db.$transaction(
    async (tx) => {
      const locked = await tx.$queryRaw<{ id: string }[]>`
        SELECT id FROM email_message WHERE id = ${messageId}::uuid AND state = 'QUEUED' FOR UPDATE SKIP LOCKED`;
      if (locked.length === 0) return { kind: "skipped" as const };
      const message = await tx.emailMessage.findUniqueOrThrow({ where: { id: messageId } });
      if (!mailer.configured) {
        await tx.emailMessage.update({ where: { id: messageId }, data: { state: "RECORDED", lastError: null } });
        return { kind: "recorded" as const };
      }
      const attempts = message.attempts + 1;
      try {
        await mailer.send({
          from: message.fromAddress,
          to: message.toAddress,
          subject: message.subject,
          text: message.text,
          html: message.html,
          attachments: message.attachments as StoredAttachment[],
        });
        await tx.emailMessage.update({ where: { id: messageId }, data: { state: "SENT", attempts, sentAt: new Date(), lastError: null } });
        return { kind: "sent" as const };
      } catch (error) {
        const lastError = describeSendError(error);
        const final = options.retryCount >= options.retryLimit;
        await tx.emailMessage.update({
          where: { id: messageId },
          data: { state: final ? "FAILED" : "QUEUED", attempts, lastError, jobQueuedAt: new Date() },
        });
        return { kind: final ? ("failed" as const) : ("retry" as const), lastError };
      }
    },
    { maxWait: 10_000, timeout: 120_000 },
  );
  if (outcome.kind === "retry") throw new RetryableSendError(`Delivery of ${messageId} failed; will retry: ${outcome.lastError}`);
  return outcome.kind;
}
