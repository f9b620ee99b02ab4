import nodemailer from "nodemailer";
import type { StoredAttachment } from "./outbox";

export type OutgoingEmail = {
  from: string;
  to: string;
  subject: string;
  text: string;
  html: string;
  attachments: StoredAttachment[];
};

/** Sends through SMTP when SMTP_URL is set; `configured: false` means messages are only recorded. */
export type Mailer = { configured: boolean; send(email: OutgoingEmail): Promise<void>; close(): void };

export const NOT_CONFIGURED_NOTE = "Recorded, not sent: no SMTP server is configured (SMTP_URL is not set).";

export function createMailer(smtpUrl: string | undefined): Mailer {
  if (!smtpUrl) {
    return {
      configured: false,
      send: async () => {
        throw new Error(NOT_CONFIGURED_NOTE);
      },
      close: () => {},
    };
  }
  // The URL carries host, port, credentials and options (e.g. smtps://user:pass@host:465).
  const transport = nodemailer.createTransport(smtpUrl);
  return {
    configured: true,
    async send(email) {
      await transport.sendMail({
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
    },
    close: () => transport.close(),
  };
}

/** What is kept of a delivery error: the SMTP server's answer, short, never a stack. */
export function describeSendError(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.replace(/\s+/g, " ").slice(0, 500) || "Unknown delivery error";
}
