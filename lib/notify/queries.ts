import "server-only";
import { isUuid } from "@/lib/ids/uuid";
import { assertCan } from "@/lib/auth/assert-can";
import type { Actor } from "@/lib/auth/policy";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import { requireSpaLocation } from "@/lib/location/queries";
import { buildLocalDay, getDayBounds } from "@/lib/scheduling/local-day";
import type { StoredAttachment } from "./outbox";
import type { EmailLogFilter } from "./schema";

export const EMAIL_LOG_PAGE_SIZE = 25;

/** The log is read in the spa's zone: a "from" and "to" day are the spa's calendar days. */
function whereFor(filter: EmailLogFilter, timeZone: string) {
  const createdAt: { gte?: Date; lt?: Date } = {};
  if (filter.from) createdAt.gte = new Date(getDayBounds(buildLocalDay(filter.from, timeZone)).start);
  if (filter.to) createdAt.lt = new Date(getDayBounds(buildLocalDay(filter.to, timeZone)).end);
  return {
    ...(filter.state ? { state: filter.state } : {}),
    ...(filter.template ? { template: filter.template } : {}),
    ...(filter.q ? { toAddress: { contains: filter.q, mode: "insensitive" as const } } : {}),
    ...(filter.from || filter.to ? { createdAt } : {}),
  };
}

/** The outgoing email log, newest first, one page at a time. Admins only. */
export async function listEmailMessages(actor: Actor, filter: EmailLogFilter) {
  assertCan(actor, "admin:view-emails");
  const { timeZone } = await requireSpaLocation();
  const where = whereFor(filter, timeZone);
  const [total, items] = await Promise.all([
    db.emailMessage.count({ where }),
    db.emailMessage.findMany({
      where,
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      skip: (filter.page - 1) * EMAIL_LOG_PAGE_SIZE,
      take: EMAIL_LOG_PAGE_SIZE,
      select: {
        id: true,
        toAddress: true,
        subject: true,
        template: true,
        state: true,
        attempts: true,
        createdAt: true,
        sendAfter: true,
        sentAt: true,
      },
    }),
  ]);
  return { items, total, timeZone, page: filter.page, pageCount: Math.max(1, Math.ceil(total / EMAIL_LOG_PAGE_SIZE)) };
}

/** One message with everything it was sent with (content, attachments' metadata). Admins only. */
export async function getEmailMessage(actor: Actor, messageId: string) {
  assertCan(actor, "admin:view-emails");
  if (!isUuid(messageId)) throw new AppError("NOT_FOUND", "That message was not found.");
  const message = await db.emailMessage.findUnique({
    where: { id: messageId },
    select: {
      id: true,
      toAddress: true,
      fromAddress: true,
      subject: true,
      template: true,
      state: true,
      attempts: true,
      lastError: true,
      html: true,
      text: true,
      attachments: true,
      appointmentId: true,
      sendAfter: true,
      sentAt: true,
      createdAt: true,
      updatedAt: true,
    },
  });
  if (!message) throw new AppError("NOT_FOUND", "That message was not found.");
  const attachments = (message.attachments as StoredAttachment[]).map(({ filename, contentType, size }) => ({
    filename,
    contentType,
    size,
  }));
  const { timeZone } = await requireSpaLocation();
  return { ...message, attachments, timeZone };
}

/** The signed-in person's optional-message choices (both on unless they turned them off). */
export async function getOwnNotificationPreferences(actor: Actor) {
  assertCan(actor, "account:manage-notifications");
  const row = await db.notificationPreference.findUnique({
    where: { userId: actor.userId },
    select: { reminders: true, nudges: true, waitlist: true },
  });
  return row ?? { reminders: true, nudges: true, waitlist: true };
}
