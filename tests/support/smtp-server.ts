import type { AddressInfo } from "node:net";
import { simpleParser, type ParsedMail } from "mailparser";
import { SMTPServer } from "smtp-server";
import { waitFor } from "./wait-for";

/**
 * A real SMTP server on 127.0.0.1 and a free port, for tests only: it keeps every message it
 * accepts (parsed with mailparser). Faults on demand: refuse the first N with a temporary 451,
 * reject some recipients for good (550), turn the whole server away at the greeting (421, as a
 * server that is down), or hold a message after DATA before answering. A message is kept only
 * when the server answers 250 on a connection that is still open, as a real MTA takes
 * responsibility for it; so once the worker has marked a row SENT its mail is here.
 */
export type ReceivedMail = { mail: ParsedMail; rcptTo: string[] };

type Hold = { to?: string; arrived: (mail: ParsedMail) => void; released: Promise<void>; closed: () => void };

export async function startTestSmtpServer(options: { refuseFirst?: number; rejectRecipients?: string[] } = {}) {
  const received: ReceivedMail[] = [];
  let refusalsLeft = options.refuseFirst ?? 0;
  let refused = 0;
  let available = true;
  let turnedAway = 0;
  const holds: Hold[] = [];
  const closedSessions = new Set<string>();
  const heldSessions = new Map<string, Hold>();
  const rejected = new Set((options.rejectRecipients ?? []).map((address) => address.toLowerCase()));
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS", "AUTH"],
    logger: false,
    onConnect(_session, callback) {
      if (available) return callback();
      turnedAway += 1;
      callback(Object.assign(new Error("Service not available, try again later"), { responseCode: 421 }));
    },
    onRcptTo(address, _session, callback) {
      if (!rejected.has(address.address.toLowerCase())) return callback();
      callback(Object.assign(new Error("No such mailbox here"), { responseCode: 550 }));
    },
    onClose(session) {
      closedSessions.add(session.id);
      heldSessions.get(session.id)?.closed();
    },
    onData(stream, session, callback) {
      simpleParser(stream).then(
        async (mail) => {
          const recipients = session.envelope.rcptTo.map((rcpt) => rcpt.address.toLowerCase());
          const index = holds.findIndex((hold) => hold.to === undefined || recipients.includes(hold.to));
          const hold = index === -1 ? undefined : holds.splice(index, 1)[0];
          if (hold) {
            heldSessions.set(session.id, hold);
            hold.arrived(mail);
            await hold.released;
          }
          // The client gave up while we held the message: it was never acknowledged, so it is not ours.
          if (closedSessions.has(session.id)) return callback(new Error("Connection closed before the message was accepted"));
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

  /**
   * The next message's DATA (the next one for `to`, when given) is held with no answer until
   * `release()`; `arrived` resolves with that message once it is. With `forMs`, it releases itself
   * after that long, as a server that stalls. Name `to` when other mail may be on its way: the
   * worker's database is shared by a test process's files, so earlier files' mail can go first.
   */
  function holdNextMessage({ to, forMs }: { to?: string; forMs?: number } = {}) {
    let arrived!: (mail: ParsedMail) => void;
    let release!: () => void;
    let closed!: () => void;
    const hasArrived = new Promise<ParsedMail>((resolve) => (arrived = resolve));
    const released = new Promise<void>((resolve) => (release = resolve));
    const hasClosed = new Promise<void>((resolve) => (closed = resolve));
    holds.push({ to: to?.toLowerCase(), arrived, released, closed });
    if (forMs !== undefined) void hasArrived.then(() => setTimeout(release, forMs));
    /** `closed` resolves when the client hangs up on the held message. */
    return { arrived: hasArrived, release, closed: hasClosed };
  }

  /** Copies of each Message-ID received, to tell a duplicate from two messages. */
  function copiesByMessageId(): Map<string, number> {
    const copies = new Map<string, number>();
    for (const { mail } of received) copies.set(mail.messageId ?? "", (copies.get(mail.messageId ?? "") ?? 0) + 1);
    return copies;
  }

  return {
    url: `smtp://127.0.0.1:${port}`,
    received,
    refusedCount: () => refused,
    /** Connections turned away while the server was "down". */
    turnedAwayCount: () => turnedAway,
    /** Down: every connection is answered 421 at the greeting. Up again: served as usual. */
    setAvailable: (value: boolean) => {
      available = value;
    },
    holdNextMessage,
    copiesByMessageId,
    waitForMail,
    mailFor,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

export type TestSmtpServer = Awaited<ReturnType<typeof startTestSmtpServer>>;
