/**
 * SCHEDULED messages that fell due (pg-boss queue; "stately": at most one waiting job per message,
 * singletonKey = id). The name is older than nudges: queues persist, so it stays.
 */
export const DUE_MESSAGE_QUEUE = "appointment-reminder";

/** The queue that delivered messages before claim-then-send (0016); removed when a worker starts. */
export const RETIRED_SEND_EMAIL_QUEUE = "send-email";

export type MessageJob = { messageId: string };
