import type pg from "pg";
import { isDatabaseUnavailable, type OutageLog } from "@/lib/errors/unavailable";
import { classifySendFailure, retryDelaySeconds, type DeliveryPolicy } from "./delivery-policy";
import {
  claimDueMessages,
  hasRetriesWaiting,
  recordDueMessages,
  settleClaim,
  wakeWaitingRetries,
  type ClaimedMessage,
  type SendResult,
} from "./delivery-store";
import { describeSendError, type Mailer } from "./mailer";
import { createPollLoop } from "./poll-loop";

type Deps = {
  pool: pg.Pool;
  mailer: Mailer;
  policy: DeliveryPolicy;
  pollIntervalMs: number;
  log: (line: string) => void;
  /** Database failures: one line per outage. */
  outage: OutageLog;
};

export type Dispatcher = { kick(): void; stop(): Promise<void> };

/**
 * Delivers due messages: claim (and commit), send outside any transaction, settle. At most
 * `policy.concurrency` sends run at once, so one slow server conversation never holds up the rest.
 * A result that cannot be written (the database went away after SMTP said yes) is kept and
 * written first when the database returns, before anything new is claimed: the message is then
 * SENT once, not claimed again and sent twice.
 */
export function startDispatcher(deps: Deps): Dispatcher {
  const { pool, mailer, policy, log, outage } = deps;
  const inFlight = new Set<Promise<void>>();
  const unsettled: { claim: ClaimedMessage; result: SendResult }[] = [];
  let stopped = false;
  let smtpTrouble = false;

  async function settlePending(): Promise<void> {
    while (unsettled.length > 0) {
      const { claim, result } = unsettled[0]!;
      const settled = await settleClaim(pool, claim, result);
      if (!settled) log(`The claim on message ${claim.id} had run out before its result could be written; another worker has it.`);
      unsettled.shift();
    }
  }

  async function deliver(claim: ClaimedMessage): Promise<void> {
    let result: SendResult;
    try {
      await mailer.send(
        {
          id: claim.id,
          from: claim.fromAddress,
          to: claim.toAddress,
          subject: claim.subject,
          text: claim.text,
          html: claim.html,
          attachments: claim.attachments,
        },
        { timeoutMs: policy.sendTimeoutSeconds * 1000 },
      );
      result = { kind: "sent" };
    } catch (error) {
      const message = describeSendError(error);
      if (classifySendFailure(error) === "permanent") result = { kind: "failed", error: message };
      else {
        smtpTrouble = true;
        result = {
          kind: "retry",
          error: message,
          delaySeconds: retryDelaySeconds(policy, claim.attempts),
          retryWindowSeconds: policy.retryWindowSeconds,
        };
      }
    }
    unsettled.push({ claim, result });
    if (result.kind === "sent" && smtpTrouble) {
      smtpTrouble = false;
      // SMTP answers again: what waits out a backoff goes now.
      await wakeWaitingRetries(pool).catch((error: unknown) => outage.report(error));
    }
  }

  async function tick(): Promise<void> {
    await settlePending();
    if (!mailer.configured) {
      await recordDueMessages(pool);
      return;
    }
    const claims = await claimDueMessages(pool, { limit: policy.concurrency - inFlight.size, leaseSeconds: policy.leaseSeconds });
    for (const claim of claims) {
      const send = deliver(claim).finally(() => {
        inFlight.delete(send);
        kick();
      });
      inFlight.add(send);
    }
  }

  const loop = createPollLoop(tick, {
    intervalMs: deps.pollIntervalMs,
    onSuccess: () => outage.recovered(),
    onError: (error) => {
      if (isDatabaseUnavailable(error)) outage.report(error);
      else log(`delivery failed: ${describeSendError(error)}`);
    },
  });
  const kick = loop.kick;

  // While messages wait out a backoff, ask SMTP now and then whether it answers again.
  let probing = false;
  const probeTimer = setInterval(() => {
    if (probing || stopped || !mailer.configured) return;
    probing = true;
    void (async () => {
      try {
        if (!(await hasRetriesWaiting(pool))) return;
        const answer = await mailer.probe({ timeoutMs: policy.sendTimeoutSeconds * 1000 });
        if (!answer.ok) return;
        smtpTrouble = false;
        const woken = await wakeWaitingRetries(pool);
        if (woken > 0) {
          log(`SMTP answers again: retrying ${woken} waiting message${woken === 1 ? "" : "s"} now.`);
          kick();
        }
      } catch (error) {
        if (isDatabaseUnavailable(error)) outage.report(error);
      } finally {
        probing = false;
      }
    })();
  }, policy.probeIntervalSeconds * 1000);

  kick();
  return {
    kick,
    async stop() {
      stopped = true;
      clearInterval(probeTimer);
      await loop.stop();
      // Sends in flight end within the send timeout; their results are written if the database lets us.
      await Promise.allSettled([...inFlight]);
      await settlePending().catch((error: unknown) =>
        log(`Could not record ${unsettled.length} delivery result(s) before stopping: ${describeSendError(error)}`),
      );
    },
  };
}
