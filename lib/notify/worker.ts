import PgBoss from "pg-boss";
import pg from "pg";
import { createDb } from "@/lib/db/client";
import { prepareDueMessage, type DueMessageHandlers } from "./due-messages";
import { createMailer } from "./mailer";
import { DUE_MESSAGE_QUEUE, DEFAULT_SEND_RETRY, SEND_EMAIL_QUEUE, type MessageJob, type RetrySettings } from "./queues";
import { relayOutbox } from "./relay";
import { sendQueuedMessage } from "./send-email-job";

export type WorkerOptions = {
  connectionString: string;
  /** Who prepares each kind of SCHEDULED message when it falls due (lib/jobs/worker.ts lists them). */
  dueHandlers: DueMessageHandlers;
  /** Defaults to process.env.SMTP_URL; without one, messages are recorded, not sent. */
  smtpUrl?: string;
  /** How often idle workers poll the queue and the outbox (tests use a fraction of a second). */
  pollingIntervalSeconds?: number;
  /** A QUEUED/SCHEDULED row whose job has been quiet this long is handed to the queue again. */
  staleAfterSeconds?: number;
  sendRetry?: RetrySettings;
  /** The app's public origin for links in messages; defaults to APP_URL, then NEXTAUTH_URL. */
  appUrl?: string;
  log?: (line: string) => void;
};

export type RunningWorker = { stop(): Promise<void> };

/**
 * The message worker: pg-boss (its own schema "pgboss", created and migrated by pg-boss on start)
 * plus the outbox relay. Safe to run in any number of processes against one database. It knows
 * nothing of appointments or plans: due messages go to the handlers it is given.
 */
export async function startMessageWorker(options: WorkerOptions): Promise<RunningWorker> {
  const log = options.log ?? ((line: string) => console.log(`[worker] ${line}`));
  const pollingIntervalSeconds = options.pollingIntervalSeconds ?? 2;
  const retry = options.sendRetry ?? DEFAULT_SEND_RETRY;
  const boss = new PgBoss({ connectionString: options.connectionString, schema: "pgboss", max: 4 });
  boss.on("error", (error: Error) => log(`queue error: ${error.message}`));
  await boss.start();
  const sendQueue = { policy: "stately" as const, retryLimit: retry.retryLimit, retryDelay: retry.retryDelaySeconds, retryBackoff: true };
  const reminderQueue = { policy: "stately" as const, retryLimit: 3, retryDelay: 60, retryBackoff: true };
  for (const [name, settings] of [
    [SEND_EMAIL_QUEUE, sendQueue],
    [DUE_MESSAGE_QUEUE, reminderQueue],
  ] as const) {
    await boss.createQueue(name, { name, ...settings });
    // createQueue keeps an existing queue's settings; apply the current ones.
    await boss.updateQueue(name, { name, ...settings });
  }

  const db = createDb(options.connectionString);
  const pool = new pg.Pool({ connectionString: options.connectionString, max: 2 });
  pool.on("error", (error) => log(`database error: ${error.message}`));
  const mailer = createMailer(options.smtpUrl ?? process.env.SMTP_URL);
  if (!mailer.configured) log("SMTP_URL is not set: messages are recorded in /admin/emails, not sent.");

  const relay = createRelayLoop(() => relayOutbox({ pool, boss, staleAfterSeconds: options.staleAfterSeconds ?? 1800 }), {
    intervalMs: pollingIntervalSeconds * 1000,
    log,
  });
  const workOptions = { pollingIntervalSeconds, batchSize: 1, includeMetadata: true as const };
  await boss.work<MessageJob>(SEND_EMAIL_QUEUE, workOptions, async ([job]) => {
    if (!job) return;
    await sendQueuedMessage({ db, mailer }, { messageId: job.data.messageId, retryCount: job.retryCount, retryLimit: job.retryLimit });
  });
  const origin = options.appUrl?.replace(/\/+$/, "");
  await boss.work<MessageJob>(DUE_MESSAGE_QUEUE, workOptions, async ([job]) => {
    if (!job) return;
    const result = await prepareDueMessage(db, { messageId: job.data.messageId, handlers: options.dueHandlers, origin });
    if (result === "queued") relay.kick();
  });
  relay.kick();

  return {
    async stop() {
      await relay.stop();
      await boss.stop({ graceful: true, wait: true, timeout: 10_000 });
      mailer.close();
      await Promise.allSettled([pool.end(), db.$disconnect()]);
    },
  };
}

/** Runs `tick` every interval, or at once when kicked; never two ticks at a time. */
function createRelayLoop(tick: () => Promise<number>, options: { intervalMs: number; log: (line: string) => void }) {
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> | undefined;
  let stopped = false;
  let again = false;
  const run = (): void => {
    if (stopped) return;
    if (running) {
      again = true;
      return;
    }
    clearTimeout(timer);
    running = tick()
      .then(
        () => undefined,
        (error: unknown) => options.log(`relay failed: ${error instanceof Error ? error.message : String(error)}`),
      )
      .finally(() => {
        running = undefined;
        if (stopped) return;
        if (again) {
          again = false;
          run();
        } else timer = setTimeout(run, options.intervalMs);
      });
  };
  return {
    kick: run,
    async stop() {
      stopped = true;
      clearTimeout(timer);
      await running;
    },
  };
}
