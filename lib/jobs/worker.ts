import { prepareAppointmentReminder, prepareIntakeReminder } from "@/lib/booking/messages/appointment-reminder";
import { prepareNudge } from "@/lib/homecare/messages/nudge";
import type { DueMessageHandlers } from "@/lib/notify/due-messages";
import { createPollLoop } from "@/lib/notify/poll-loop";
import { startMessageWorker, type RunningWorker, type WorkerOptions } from "@/lib/notify/worker";
import { isDatabaseUnavailable } from "@/lib/errors/unavailable";
import { runWaitlistPass } from "@/lib/waitlist/feed";

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
 * The background worker of `npm start` and `npm run worker`: messages, and the waitlist (lapsed
 * holds released, freed time offered; docs/decisions/0026) on the same polling interval. The
 * waitlist uses the process's shared database client (DATABASE_URL), like the app.
 */
export async function startWorker(options: Omit<WorkerOptions, "dueHandlers">): Promise<RunningWorker> {
  const messages = await startMessageWorker({ ...options, dueHandlers: DUE_MESSAGE_HANDLERS });
  const log = options.log ?? ((line: string) => console.log(`[worker] ${line}`));
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
  waitlist.kick();
  return {
    async stop() {
      await waitlist.stop();
      await messages.stop();
    },
  };
}
