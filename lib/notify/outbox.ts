import type { DbClient } from "@/lib/db/client";
import type { RenderedEmail } from "./layout";
import type { EmailTemplateName } from "./schema";

/**
 * The outbox: every message is a row, written INSIDE the transaction that caused it, so a
 * committed change never loses its message and a rolled-back one never sends one. The worker
 * (lib/notify/worker.ts) delivers QUEUED rows and re-checks SCHEDULED ones when they fall due.
 * Domains decide what to say and when (lib/booking/messages, lib/homecare/messages); this module
 * only writes the rows, the same way for all of them.
 */

export type StoredAttachment = { filename: string; contentType: string; size: number; content: string };

export type OutgoingMessage = {
  template: EmailTemplateName;
  toAddress: string;
  fromAddress: string;
  rendered: RenderedEmail;
  /** The visit the message is about: the log files it there, and due checks compare its start. */
  appointmentId?: string | null;
  /** The client it is for: their page lists it, and a merge moves it with them. */
  clientId?: string | null;
  appointmentStartsAt?: Date | null;
  attachments?: StoredAttachment[];
};

/** Where links in messages point: the app's public origin. */
export function appOrigin(env: NodeJS.ProcessEnv = process.env): string {
  return (env.APP_URL || env.NEXTAUTH_URL || "http://localhost:3000").replace(/\/+$/, "");
}

/** "Spa name" <address>: MAIL_FROM overrides the address (e.g. a verified sending domain). */
export function fromAddressFor(location: { name: string; email: string }, env: NodeJS.ProcessEnv = process.env): string {
  const address = env.MAIL_FROM || location.email;
  return `"${location.name.replaceAll('"', "'")}" <${address}>`;
}

/** A message that goes now. */
export async function queueMessage(tx: DbClient, message: OutgoingMessage, now: Date): Promise<void> {
  await recordMessages(tx, [{ message, sendAfter: now, later: false }]);
}

/**
 * A message that goes later. Rendered now so the log shows what is planned; its domain re-checks
 * and renders it again when it falls due (lib/notify/due-messages.ts).
 */
export async function scheduleMessage(tx: DbClient, message: OutgoingMessage, sendAfter: Date): Promise<void> {
  await recordMessages(tx, [{ message, sendAfter, later: true }]);
}

/** A message and when it goes: now (QUEUED) or later (SCHEDULED). */
export type PlannedMessage = { message: OutgoingMessage; sendAfter: Date; later: boolean };

/**
 * Several messages in one statement, in order: what one change causes (a booking's confirmation,
 * intake request and reminders) is written in one round trip of its transaction. SQL with the
 * rows as one JSON array, not createMany: one text for any number of rows (docs/decisions/0044).
 */
export async function recordMessages(tx: DbClient, planned: PlannedMessage[]): Promise<void> {
  if (planned.length === 0) return;
  // One statement gives every row the same default creation time; a millisecond apart keeps the
  // log's order (newest first, by creation) the order they were planned in, as separate writes did.
  const createdAt = Date.now();
  const rows = planned.map(({ message, sendAfter, later }, index) => {
    const { rendered, attachments, ...about } = message;
    return {
      to_address: about.toAddress,
      from_address: about.fromAddress,
      subject: rendered.subject,
      template: about.template,
      appointment_id: about.appointmentId ?? null,
      client_id: about.clientId ?? null,
      appointment_starts_at: about.appointmentStartsAt ?? null,
      state: later ? "SCHEDULED" : "QUEUED",
      html: rendered.html,
      text: rendered.text,
      attachments: attachments ?? [],
      send_after: sendAfter,
      created_at: new Date(createdAt + index),
    };
  });
  await tx.$executeRaw`
    INSERT INTO email_message (to_address, from_address, subject, template, appointment_id, client_id,
      appointment_starts_at, state, html, text, attachments, send_after, created_at, updated_at)
    SELECT m.to_address, m.from_address, m.subject, m.template::"EmailTemplate", m.appointment_id, m.client_id,
      m.appointment_starts_at, m.state::"EmailState", m.html, m.text, m.attachments, m.send_after, m.created_at, m.created_at
    FROM jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) AS m(to_address text, from_address text, subject text,
      template text, appointment_id uuid, client_id uuid, appointment_starts_at timestamptz, state text, html text,
      text text, attachments jsonb, send_after timestamptz, created_at timestamptz)`;
}

/** Withdraws messages not yet sent, recording why in the log. */
export async function cancelPendingMessages(
  tx: DbClient,
  options: { appointmentId: string; templates: EmailTemplateName[]; states?: ("SCHEDULED" | "QUEUED")[]; reason: string },
): Promise<void> {
  await tx.emailMessage.updateMany({
    where: {
      appointmentId: options.appointmentId,
      template: { in: options.templates },
      state: { in: options.states ?? ["SCHEDULED", "QUEUED"] },
    },
    data: { state: "CANCELLED", lastError: options.reason },
  });
}

/** How many messages of these templates a visit has had (cancelled ones counted only when asked). */
export async function countMessages(
  tx: DbClient,
  options: { appointmentId: string; template: EmailTemplateName; includeCancelled?: boolean },
): Promise<number> {
  return tx.emailMessage.count({
    where: {
      appointmentId: options.appointmentId,
      template: options.template,
      ...(options.includeCancelled === false ? { state: { not: "CANCELLED" } } : {}),
    },
  });
}
