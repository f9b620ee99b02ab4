/** Job names. Both queues are "stately": at most one waiting job per message (singletonKey = id). */
export const SEND_EMAIL_QUEUE = "send-email";
/** SCHEDULED messages that fell due. The name is older than nudges: queues persist, so it stays. */
export const DUE_MESSAGE_QUEUE = "appointment-reminder";

export type MessageJob = { messageId: string };

export type RetrySettings = { retryLimit: number; retryDelaySeconds: number };

/** Five retries with exponential backoff from 30 s: about 30 s, 1, 2, 4, 8 min (plus jitter). */
export const DEFAULT_SEND_RETRY: RetrySettings = { retryLimit: 5, retryDelaySeconds: 30 };
