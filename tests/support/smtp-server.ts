import type { AddressInfo } from "node:net";
import { simpleParser, type ParsedMail } from "mailparser";
import { SMTPServer } from "smtp-server";
import { waitFor } from "./wait-for";

/**
 * A real SMTP server on 127.0.0.1 and a free port, for tests only: it keeps every message it
 * accepts (parsed with mailparser) and can refuse the first N with a temporary 451. A message is
 * kept before the server answers 250, so once the worker has marked a row SENT its mail is here.
 */
export type ReceivedMail = { mail: ParsedMail; rcptTo: string[] };

export async function startTestSmtpServer(options: { refuseFirst?: number } = {}) {
  const received: ReceivedMail[] = [];
  let refusalsLeft = options.refuseFirst ?? 0;
  let refused = 0;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS", "AUTH"],
    logger: false,
    onData(stream, session, callback) {
      simpleParser(stream).then(
        (mail) => {
          if (refusalsLeft > 0) {
            refusalsLeft -= 1;
            refused += 1;
            callback(Object.assign(new Error("Mailbox busy, try again later"), { responseCode: 451 }));
            return;
          }
          received.push({ mail, rcptTo: session.envelope.rcptTo.map((rcpt) => rcpt.address) });
          callback();
        },
        (error: Error) => callback(error),
      );
    },
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.server.address() as AddressInfo;

  const mailFor = (address: string) => received.filter((item) => item.rcptTo.includes(address));

  /** Messages that arrived for `address`, waiting until at least `count` have (or failing). */
  function waitForMail(address: string, count: number, timeoutMs = 15_000): Promise<ReceivedMail[]> {
    return waitFor(() => mailFor(address), {
      until: (mine) => mine.length >= count,
      show: (mine) => mine.map((item) => item.mail.subject),
      description: `${count} message(s) for ${address}`,
      timeoutMs,
      intervalMs: 50,
    });
  }

  return {
    url: `smtp://127.0.0.1:${port}`,
    received,
    refusedCount: () => refused,
    waitForMail,
    mailFor,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
