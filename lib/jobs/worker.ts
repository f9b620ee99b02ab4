import { prepareAppointmentReminder, prepareIntakeReminder } from "@/lib/booking/messages/appointment-reminder";
import { createDb } from "@/lib/db/client";
import { createOutageLog } from "@/lib/errors/unavailable";
import { prepareNudge } from "@/lib/homecare/messages/nudge";
import type { DueMessageHandlers } from "@/lib/notify/due-messages";
import { startMessageWorker, type RunningWorker, type WorkerOptions } from "@/lib/notify/worker";
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

/**
 * The background worker of `npm start` and `npm run worker`: message delivery, plus the hourly
 * maintenance pass (lib/jobs/maintenance.ts: expired rows and the clinical-record retention purge).
 */
export async function startWorker(
  options: Omit<WorkerOptions, "dueHandlers"> & { maintenance?: { intervalMs?: number; firstRunAfterMs?: number } },
): Promise<RunningWorker> {
  const { maintenance: timing, ...messageOptions } = options;
  const messages = await startMessageWorker({ ...messageOptions, dueHandlers: DUE_MESSAGE_HANDLERS });
  const log = options.log ?? ((line: string) => console.log(`[worker] ${line}`));
  const db = createDb(options.connectionString);
  const outage = createOutageLog({ subject: "The database", log });
  const maintenance = startMaintenance({ db, log, onOutage: (error) => outage.report(error), ...timing });
  return {
    async stop() {
      await maintenance.stop();
      await messages.stop();
      await db.$disconnect();
    },
  };
}
