import net from "node:net";
import nodemailer from "nodemailer";
import SMTPTransport from "nodemailer/lib/smtp-transport";
import type { StoredAttachment } from "./outbox";

export type OutgoingEmail = {
  /** The outbox row's id: the Message-ID is built from it, so a retried send is the same message. */
  id: string;
  from: string;
  to: string;
  subject: string;
  text: string;
  html: string;
  attachments: StoredAttachment[];
};

/**
 * Sends through SMTP when SMTP_URL is set; `configured: false` means messages are only recorded.
 * Every conversation (one message, or a probe) is cut off after `timeoutMs`, connection included.
 */
export type Mailer = {
  configured: boolean;
  send(email: OutgoingEmail, options: { timeoutMs: number }): Promise<void>;
  /** Whether the server answers (connect, greeting, EHLO, login); false with the reason otherwise. */
  probe(options: { timeoutMs: number }): Promise<{ ok: true } | { ok: false; reason: string }>;
};

export const NOT_CONFIGURED_NOTE = "Recorded, not sent: no SMTP server is configured (SMTP_URL is not set).";

/** `<email-<row id>@<sender's domain>>`: stable across retries, so receivers can recognise a repeat. */
export function messageIdFor(email: Pick<OutgoingEmail, "id" | "from">): string {
  const domain = /@([^>\s]+)>?\s*$/.exec(email.from)?.[1] ?? "glowbook.invalid";
  return `<email-${email.id}@${domain}>`;
}

export function createMailer(smtpUrl: string | undefined): Mailer {
  if (!smtpUrl) {
    return {
      configured: false,
      send: async () => {
        throw new Error(NOT_CONFIGURED_NOTE);
      },
      probe: async () => ({ ok: false, reason: NOT_CONFIGURED_NOTE }),
    };
  }
  return {
    configured: true,
    send: (email, { timeoutMs }) =>
      withDeadline(smtpUrl, timeoutMs, async (transport) => {
        await transport.sendMail({
          messageId: messageIdFor(email),
          from: email.from,
          to: email.to,
          subject: email.subject,
          text: email.text,
          html: email.html,
          attachments: email.attachments.map((attachment) => ({
            filename: attachment.filename,
            contentType: attachment.contentType,
            content: attachment.content,
          })),
        });
      }),
    probe: ({ timeoutMs }) =>
      withDeadline(smtpUrl, timeoutMs, (transport) => transport.verify()).then(
        () => ({ ok: true as const }),
        (error: unknown) => ({ ok: false as const, reason: describeSendError(error) }),
      ),
  };
}

/**
 * One transport per conversation over a socket we open ourselves, so the deadline can destroy it:
 * nodemailer's own timeouts only measure silence, and a server that trickles bytes (or stalls after
 * DATA) would otherwise hold a send past its claim's lease, when another worker may take it again.
 */
async function withDeadline<T>(smtpUrl: string, timeoutMs: number, talk: (transport: nodemailer.Transporter) => Promise<T>): Promise<T> {
  let socket: net.Socket | undefined;
  let timedOut = false;
  const timeoutError = () => Object.assign(new Error(`No answer from the SMTP server within ${timeoutMs / 1000} s`), { code: "ETIMEDOUT" });
  const timer = setTimeout(() => {
    timedOut = true;
    socket?.destroy(timeoutError());
  }, timeoutMs);
  const options: SMTPTransport.Options & { url: string } = {
    url: smtpUrl,
    connectionTimeout: timeoutMs,
    greetingTimeout: timeoutMs,
    socketTimeout: timeoutMs,
    // The options parsed from the URL: the same host and port nodemailer would connect to.
    getSocket: (options, callback) => {
      socket = net.connect({ host: options.host ?? "localhost", port: Number(options.port) || (options.secure ? 465 : 587) });
      const fail = (error: Error) => callback(error, null);
      socket.once("error", fail);
      socket.once("connect", () => {
        socket!.removeListener("error", fail);
        callback(null, { connection: socket! });
      });
      if (timedOut) socket.destroy(timeoutError());
    },
  };
  // Built as an SMTPTransport: createTransport({ url }) would drop every option but the URL.
  const transport = nodemailer.createTransport(new SMTPTransport(options));
  try {
    return await talk(transport);
  } catch (error) {
    throw timedOut ? timeoutError() : error;
  } finally {
    clearTimeout(timer);
    socket?.destroy();
    transport.close();
  }
}

/** What is kept of a delivery error: the SMTP server's answer, short, never a stack. */
export function describeSendError(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.replace(/\s+/g, " ").slice(0, 500) || "Unknown delivery error";
}
