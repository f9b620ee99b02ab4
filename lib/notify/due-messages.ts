import type { Db, DbClient } from "@/lib/db/client";
import type { RenderedEmail } from "./layout";
import type { EmailTemplateName } from "./schema";

/** What a domain says about a SCHEDULED message now that it is due: send this, or don't (and why). */
export type DueOutcome = { send: true; rendered: RenderedEmail; toAddress: string; fromAddress: string } | { send: false; reason: string };

/** A pure rule's verdict before anything is rendered. */
export type DueDecision = { send: true } | { send: false; reason: string };

export type DueMessage = { id: string; template: EmailTemplateName; appointmentId: string | null; appointmentStartsAt: Date | null };

/**
 * Re-reads what the message is about (inside the transaction that holds the message's row lock)
 * and decides. Never trusted from the time it was scheduled: a visit may have been cancelled or
 * moved, an intake submitted, a client may have opted out.
 */
export type DueMessageHandler = (tx: DbClient, context: { message: DueMessage; origin?: string; now: Date }) => Promise<DueOutcome>;

export type DueMessageHandlers = Partial<Record<EmailTemplateName, DueMessageHandler>>;

export type DueMessageResult = "queued" | "cancelled" | "skipped";

/**
 * Fires when a SCHEDULED message is due. The row is locked (SKIP LOCKED, so two workers never both
 * prepare it); its template's handler decides; the row becomes QUEUED with fresh content, or
 * CANCELLED with the reason, in the same transaction.
 */
export async function prepareDueMessage(
  db: Db,
  options: { messageId: string; handlers: DueMessageHandlers; origin?: string },
  now = new Date(),
): Promise<DueMessageResult> {
  const { messageId } = options;
  return db.$transaction(async (tx) => {
    const locked = await tx.$queryRaw<{ id: string }[]>`
      SELECT id FROM email_message WHERE id = ${messageId}::uuid AND state = 'SCHEDULED' FOR UPDATE SKIP LOCKED`;
    if (locked.length === 0) return "skipped";
    const message = await tx.emailMessage.findUniqueOrThrow({
      where: { id: messageId },
      select: { id: true, template: true, appointmentId: true, appointmentStartsAt: true, sendAfter: true },
    });
    if (message.sendAfter.getTime() > now.getTime()) return "skipped";
    const handler = options.handlers[message.template];
    const outcome: DueOutcome = handler
      ? await handler(tx, { message, origin: options.origin, now })
      : { send: false, reason: `Not sent: nothing prepares ${message.template} messages.` };
    if (!outcome.send) {
      await tx.emailMessage.update({ where: { id: messageId }, data: { state: "CANCELLED", lastError: outcome.reason } });
      return "cancelled";
    }
    await tx.emailMessage.update({
      where: { id: messageId },
      data: {
        ...outcome.rendered,
        toAddress: outcome.toAddress,
        fromAddress: outcome.fromAddress,
        state: "QUEUED",
        sendAfter: now,
        jobQueuedAt: null,
      },
    });
    return "queued";
  });
}
