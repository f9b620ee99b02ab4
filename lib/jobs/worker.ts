import { prepareAppointmentReminder, prepareIntakeReminder } from "@/lib/booking/messages/appointment-reminder";
import { prepareNudge } from "@/lib/homecare/messages/nudge";
import type { DueMessageHandlers } from "@/lib/notify/due-messages";
import { createDb } from "@/lib/db/client";
import { isDatabaseUnavailable } from "@/lib/errors/unavailable";
import { createPollLoop } from "@/lib/notify/poll-loop";
import { startMessageWorker, type RunningWorker, type WorkerOptions } from "@/lib/notify/worker";
import { runPendingImports, type ImportRunOptions } from "@/lib/transfer/runner";

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

export type JobWorkerOptions = Omit<WorkerOptions, "dueHandlers"> & { imports?: ImportRunOptions };

/**
 * The background worker of `npm start` and `npm run worker`: messages (lib/notify) and the imports
 * of clients and visits (lib/transfer), which it claims from the database with a lease, so an
 * import left by a stopped worker is resumed by the next (docs/decisions/0031).
 */
export async function startWorker(options: JobWorkerOptions): Promise<RunningWorker> {
  const log = options.log ?? ((line: string) => console.log(`[worker] ${line}`));
  const messages = await startMessageWorker({ ...options, dueHandlers: DUE_MESSAGE_HANDLERS });
  const db = createDb(options.connectionString);
  let lastError = "";
  const imports = createPollLoop(() => runPendingImports(db, { log, ...options.imports }), {
    intervalMs: (options.pollingIntervalSeconds ?? 2) * 1000,
    onSuccess: () => (lastError = ""),
    onError: (error) => {
      const text = error instanceof Error ? error.message : String(error);
      if (isDatabaseUnavailable(error) || text === lastError) return;
      lastError = text;
      log(`import failed (it resumes when its lease lapses): ${text}`);
    },
  });
  imports.kick();
  return {
    async stop() {
      await imports.stop();
      await messages.stop();
      await db.$disconnect();
    },
  };
}
