/**
 * How delivery is paced (docs/decisions/0016). Pure: the clock and the randomness are parameters.
 *
 * - A send has a hard deadline shorter than its claim's lease, so a claim can only run out after
 *   its worker has stopped talking to SMTP (crashed or hung): a message is then claimed again, never
 *   sent by two workers at once.
 * - While SMTP is down a message is retried with capped exponential backoff for the whole retry
 *   window (72 h by default), never given up after a few minutes; only an answer that names the
 *   message itself as undeliverable (a 5xx to its recipient or its content) fails it at once.
 */
export type DeliveryPolicy = {
  /** At most this many messages are being sent at once by one worker. */
  concurrency: number;
  /** The whole SMTP conversation of one message, connection included. */
  sendTimeoutSeconds: number;
  /** How long a claim lasts; longer than sendTimeoutSeconds, so only an abandoned claim expires. */
  leaseSeconds: number;
  /** First retry after this; doubling per attempt up to retryMaxDelaySeconds. */
  retryBaseDelaySeconds: number;
  retryMaxDelaySeconds: number;
  /** Retries stop (FAILED, an admin may resend) once this much time has passed since the first attempt. */
  retryWindowSeconds: number;
  /** While messages wait for a retry, SMTP is asked this often whether it answers again. */
  probeIntervalSeconds: number;
};

export const DEFAULT_SEND_TIMEOUT_SECONDS = 30;

/** The lease that goes with a send timeout: the timeout and half again (at least 5 s) of margin. */
export function leaseFor(sendTimeoutSeconds: number): number {
  return sendTimeoutSeconds + Math.max(5, sendTimeoutSeconds / 2);
}

/** Abandoned claims are taken again after 45 s; retries for 72 h, at most 30 min apart. */
export function deliveryPolicy(overrides: Partial<DeliveryPolicy> = {}): DeliveryPolicy {
  const sendTimeoutSeconds = overrides.sendTimeoutSeconds ?? DEFAULT_SEND_TIMEOUT_SECONDS;
  const policy: DeliveryPolicy = {
    concurrency: 4,
    sendTimeoutSeconds,
    leaseSeconds: leaseFor(sendTimeoutSeconds),
    retryBaseDelaySeconds: 30,
    retryMaxDelaySeconds: 30 * 60,
    retryWindowSeconds: 72 * 60 * 60,
    probeIntervalSeconds: 15,
    ...overrides,
  };
  if (policy.leaseSeconds <= policy.sendTimeoutSeconds) {
    throw new Error(`The claim lease (${policy.leaseSeconds} s) must be longer than the send timeout (${policy.sendTimeoutSeconds} s).`);
  }
  return policy;
}

/**
 * Seconds until the next attempt after `attempts` failed ones: base·2^(attempts−1), capped, with
 * up to 20 % jitter below so many messages that failed together do not retry together.
 */
export function retryDelaySeconds(policy: DeliveryPolicy, attempts: number, random: () => number = Math.random): number {
  const exponent = Math.max(0, attempts - 1);
  const delay = Math.min(policy.retryMaxDelaySeconds, policy.retryBaseDelaySeconds * 2 ** Math.min(exponent, 30));
  return delay * (1 - 0.2 * random());
}

/** What a failed send means for the message. */
export type FailureKind = "permanent" | "transient";

/**
 * Permanent only when the server refused this message for good: a 5xx to its recipient (no such
 * mailbox) or to its content. Everything else — a refused or dropped connection, a timeout, a
 * 4xx, a 5xx to the login or the greeting (a configuration the operator can fix) — is retried.
 */
export function classifySendFailure(error: unknown): FailureKind {
  const { code, responseCode } = (error ?? {}) as { code?: unknown; responseCode?: unknown };
  const permanentReply = typeof responseCode === "number" && responseCode >= 500 && responseCode < 600;
  return permanentReply && (code === "EENVELOPE" || code === "EMESSAGE") ? "permanent" : "transient";
}

/** Whether a message that has just failed (transiently) may still be retried. */
export function withinRetryWindow(policy: DeliveryPolicy, firstAttemptAt: Date, now: Date): boolean {
  return now.getTime() - firstAttemptAt.getTime() < policy.retryWindowSeconds * 1000;
}
