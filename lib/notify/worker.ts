import PgBoss from "pg-boss";
import pg from "pg";
import { createDb } from "@/lib/db/client";
import { createOutageLog, isDatabaseUnavailable } from "@/lib/errors/unavailable";
import { deliveryPolicy, type DeliveryPolicy } from "./delivery-policy";
import { startDispatcher } from "./dispatcher";
import { prepareDueMessage, type DueMessageHandlers } from "./due-messages";
import { createMailer } from "./mailer";
import { DUE_MESSAGE_QUEUE, RETIRED_SEND_EMAIL_QUEUE, type MessageJob } from "./queues";
import { createPollLoop } from "./poll-loop";
import { relayOutbox } from "./relay";

export type WorkerOptions = {
  connectionString: string;
  /** Who prepares each kind of SCHEDULED message when it falls due (lib/jobs/worker.ts lists them). */
  dueHandlers: DueMessageHandlers;
  /** Defaults to process.env.SMTP_URL; without one, messages are recorded, not sent. */
  smtpUrl?: string;
  /** How often idle workers poll the queue and the outbox (tests use a fraction of a second). */
  pollingIntervalSeconds?: number;
  /** A SCHEDULED row whose job has been quiet this long is handed to the queue again. */
  staleAfterSeconds?: number;
  /** Concurrency, timeouts, lease and retries of delivery (lib/notify/delivery-policy.ts). */
  delivery?: Partial<DeliveryPolicy>;
  /** The app's public origin for links in messages; defaults to APP_URL, then NEXTAUTH_URL. */
  appUrl?: string;
  log?: (line: string) => void;
};

export type RunningWorker = { stop(): Promise<void> };

/**
 * The message worker: the delivery dispatcher (claim-then-send straight from the outbox), and
 * pg-boss (its own schema "pgboss", created and migrated by pg-boss on start) for SCHEDULED
 * messages that fall due, fed by the outbox relay. Safe to run in any number of processes against
 * one database, and it rides out a database outage: every loop logs one line per outage and goes
 * on when the database returns. It knows nothing of appointments or plans: due messages go to the
 * handlers it is given.
 */
export async function startMessageWorker(options: WorkerOptions): Promise<RunningWorker> {
  const log = options.log ?? ((line: string) => console.log(`[worker] ${line}`));
  const outage = createOutageLog({ subject: "The database", log });
  const pollingIntervalSeconds = options.pollingIntervalSeconds ?? 2;
  const policy = deliveryPolicy(options.delivery);
  const boss = new PgBoss({ connectionString: options.connectionString, schema: "pgboss", max: 4 });
  boss.on("error", (error: Error) => (isDatabaseUnavailable(error) ? outage.report(error) : log(`queue error: ${error.message}`)));
  await boss.start();
  const reminderQueue = { policy: "stately" as const, retryLimit: 3, retryDelay: 60, retryBackoff: true };
  await boss.createQueue(DUE_MESSAGE_QUEUE, { name: DUE_MESSAGE_QUEUE, ...reminderQueue });
  // createQueue keeps an existing queue's settings; apply the current ones.
  await boss.updateQueue(DUE_MESSAGE_QUEUE, { name: DUE_MESSAGE_QUEUE, ...reminderQueue });
  if (await boss.getQueue(RETIRED_SEND_EMAIL_QUEUE)) await boss.deleteQueue(RETIRED_SEND_EMAIL_QUEUE);

  const db = createDb(options.connectionString);
  const pool = new pg.Pool({ connectionString: options.connectionString, max: 3, connectionTimeoutMillis: 5_000 });
  pool.on("error", (error) => outage.report(error));
  const mailer = createMailer(options.smtpUrl ?? process.env.SMTP_URL);
  if (!mailer.configured) log("SMTP_URL is not set: messages are recorded in /admin/emails, not sent.");

  const dispatcher = startDispatcher({ pool, mailer, policy, pollIntervalMs: pollingIntervalSeconds * 1000, log, outage });
  const relay = createPollLoop(() => relayOutbox({ pool, boss, staleAfterSeconds: options.staleAfterSeconds ?? 1800 }), {
    intervalMs: pollingIntervalSeconds * 1000,
    onError: (error) => (isDatabaseUnavailable(error) ? outage.report(error) : log(`relay failed: ${describe(error)}`)),
  });
  const origin = options.appUrl?.replace(/\/+$/, "");
  await boss.work<MessageJob>(DUE_MESSAGE_QUEUE, { pollingIntervalSeconds, batchSize: 1 }, async ([job]) => {
    if (!job) return;
    const result = await prepareDueMessage(db, { messageId: job.data.messageId, handlers: options.dueHandlers, origin });
    if (result === "queued") dispatcher.kick();
  });
  relay.kick();

  return {
    async stop() {
      await relay.stop();
      await dispatcher.stop();
      await boss.stop({ graceful: true, wait: true, timeout: 10_000 });
      await Promise.allSettled([pool.end(), db.$disconnect()]);
    },
  };
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
