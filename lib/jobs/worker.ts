import { prepareAppointmentReminder, prepareIntakeReminder } from "@/lib/booking/messages/appointment-reminder";
import { prepareNudge } from "@/lib/homecare/messages/nudge";
import { createDb } from "@/lib/db/client";
import { isDatabaseUnavailable } from "@/lib/errors/unavailable";
import type { DueMessageHandlers } from "@/lib/notify/due-messages";
import { createPollLoop } from "@/lib/notify/poll-loop";
import { startMessageWorker, type RunningWorker, type WorkerOptions } from "@/lib/notify/worker";
import { runWaitlistPass } from "@/lib/waitlist/feed";
import { HOUSEKEEPING_INTERVAL_MS, pruneExpiredSecurityRows } from "./housekeeping";

export type { RunningWorker };

/**
 * Which domain prepares each SCHEDULED message when it falls due. lib/notify delivers messages
 * and knows no domain; the domains know theirs; this composition root joins them, as app/ does for
 * requests (docs/decisions/0010).
 */
export const DUE_MESSAGE_HANDLERS: DueMessageHandlers = {
  APPOINTMENT_REMINDER: prepareAppointmentReminder,
  INTAKE_REMINDER: prepareIntakeReminder,
  HOMECARE_NUDGE: prepareNudge,
};

/**
 * The background worker of `npm start` and `npm run worker`: messages; the waitlist (lapsed holds
 * released, freed time offered; docs/decisions/0026) on the messages' polling interval, through the
 * process's shared database client (DATABASE_URL) like the app; and the hourly pruning of expired
 * security rows (lib/jobs/housekeeping.ts). Any number may run: each pass is safe to repeat.
 */
export async function startWorker(
  options: Omit<WorkerOptions, "dueHandlers"> & { housekeepingIntervalMs?: number },
): Promise<RunningWorker> {
  const log = options.log ?? ((line: string) => console.log(`[worker] ${line}`));
  const messages = await startMessageWorker({ ...options, dueHandlers: DUE_MESSAGE_HANDLERS });
  let reported = false;
  const waitlist = createPollLoop(() => runWaitlistPass(), {
    intervalMs: (options.pollingIntervalSeconds ?? 2) * 1000,
    onSuccess: () => (reported = false),
    onError: (error) => {
      // One line per run of failures; an outage is already reported by the message worker.
      if (reported || isDatabaseUnavailable(error)) return;
      reported = true;
      log(`waitlist pass failed: ${error instanceof Error ? error.message : String(error)}`);
    },
  });
  const db = createDb(options.connectionString);
  const housekeeping = createPollLoop(
    async () => {
      const pruned = await pruneExpiredSecurityRows(db);
      const removed = Object.entries(pruned).filter(([, count]) => count > 0);
      if (removed.length > 0) log(`pruned ${removed.map(([what, count]) => `${count} ${what}`).join(", ")}`);
    },
    {
      intervalMs: options.housekeepingIntervalMs ?? HOUSEKEEPING_INTERVAL_MS,
      onError: (error) => {
        // An outage is reported by the message loops; the next hour tries again.
        if (!isDatabaseUnavailable(error)) log(`pruning failed: ${error instanceof Error ? error.message : String(error)}`);
      },
    },
  );
  waitlist.kick();
  housekeeping.kick();
  return {
    async stop() {
      await waitlist.stop();
      await housekeeping.stop();
      await messages.stop();
      await db.$disconnect();
    },
  };
}
