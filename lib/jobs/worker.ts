import { prepareAppointmentReminder, prepareIntakeReminder } from "@/lib/booking/messages/appointment-reminder";
import { createDb } from "@/lib/db/client";
import { createOutageLog, isDatabaseUnavailable } from "@/lib/errors/unavailable";
import { prepareNudge } from "@/lib/homecare/messages/nudge";
import type { DueMessageHandlers } from "@/lib/notify/due-messages";
import { createPollLoop } from "@/lib/notify/poll-loop";
import { startMessageWorker, type RunningWorker, type WorkerOptions } from "@/lib/notify/worker";
import { runPendingImports, type ImportRunOptions } from "@/lib/transfer/runner";
import { runWaitlistPass } from "@/lib/waitlist/feed";
import { startMaintenance } from "./maintenance";

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

export type JobWorkerOptions = Omit<WorkerOptions, "dueHandlers"> & {
  imports?: ImportRunOptions;
  maintenance?: { intervalMs?: number; firstRunAfterMs?: number };
};

/**
 * The background worker of `npm start` and `npm run worker`: messages (lib/notify); the waitlist
 * (lapsed holds released, freed time offered; docs/decisions/0026) on the messages' polling
 * interval, through the process's shared database client (DATABASE_URL) like the app; the imports
 * of clients and visits (lib/transfer), claimed from the database with a lease, so an import left
 * by a stopped worker is resumed by the next (docs/decisions/0031); and the hourly maintenance pass
 * (lib/jobs/maintenance.ts: expired security rows and the clinical-record retention purge). Any
 * number may run: each pass is safe to repeat.
 */
export async function startWorker(options: JobWorkerOptions): Promise<RunningWorker> {
  const { maintenance: timing, imports: importOptions, ...messageOptions } = options;
  const log = options.log ?? ((line: string) => console.log(`[worker] ${line}`));
  const messages = await startMessageWorker({ ...messageOptions, dueHandlers: DUE_MESSAGE_HANDLERS });
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
  let lastImportError = "";
  const imports = createPollLoop(() => runPendingImports(db, { log, ...importOptions }), {
    intervalMs: (options.pollingIntervalSeconds ?? 2) * 1000,
    onSuccess: () => (lastImportError = ""),
    onError: (error) => {
      const text = error instanceof Error ? error.message : String(error);
      if (isDatabaseUnavailable(error) || text === lastImportError) return;
      lastImportError = text;
      log(`import failed (it resumes when its lease lapses): ${text}`);
    },
  });
  const outage = createOutageLog({ subject: "The database", log });
  const maintenance = startMaintenance({ db, log, onOutage: (error) => outage.report(error), ...timing });
  waitlist.kick();
  imports.kick();
  return {
    async stop() {
      await waitlist.stop();
      await imports.stop();
      await maintenance.stop();
      await messages.stop();
      await db.$disconnect();
    },
  };
}
