import { prepareAppointmentReminder, prepareIntakeReminder } from "@/lib/booking/messages/appointment-reminder";
import { prepareNudge } from "@/lib/homecare/messages/nudge";
import type { DueMessageHandlers } from "@/lib/notify/due-messages";
import { startMessageWorker, type RunningWorker, type WorkerOptions } from "@/lib/notify/worker";

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

/** The background worker of `npm start` and `npm run worker`. */
export function startWorker(options: Omit<WorkerOptions, "dueHandlers">): Promise<RunningWorker> {
  return startMessageWorker({ ...options, dueHandlers: DUE_MESSAGE_HANDLERS });
}
