import type pg from "pg";
import type { StoredAttachment } from "./outbox";

/**
 * The outbox rows' side of delivery (docs/decisions/0016): claim, then settle. Each statement is
 * its own short transaction; nothing is held open while SMTP talks.
 */

export type ClaimedMessage = {
  id: string;
  claimToken: string;
  fromAddress: string;
  toAddress: string;
  subject: string;
  text: string;
  html: string;
  attachments: StoredAttachment[];
  attempts: number;
};

type ClaimedRow = {
  id: string;
  claim_token: string;
  from_address: string;
  to_address: string;
  subject: string;
  text: string;
  html: string;
  attachments: StoredAttachment[];
  attempts: number;
};

export const INTERRUPTED_NOTE = "The previous attempt was interrupted (the worker stopped mid-send); sending again.";

/**
 * Claims up to `limit` messages that are due: QUEUED ones whose time has come, and SENDING ones
 * whose lease ran out (their worker died mid-send). Each claim counts as an attempt, so the log
 * says how often SMTP was tried even when a worker never came back to say how it went.
 */
export async function claimDueMessages(pool: pg.Pool, options: { limit: number; leaseSeconds: number }): Promise<ClaimedMessage[]> {
  if (options.limit <= 0) return [];
  const { rows } = await pool.query<ClaimedRow>(
    `WITH due AS (
       SELECT id FROM email_message
        WHERE (state = 'QUEUED' AND send_after <= now()) OR (state = 'SENDING' AND lease_expires_at < now())
        ORDER BY send_after
        LIMIT $1
        FOR UPDATE SKIP LOCKED)
     UPDATE email_message m
        SET state = 'SENDING',
            lease_expires_at = now() + make_interval(secs => $2),
            claim_token = gen_random_uuid(),
            attempts = m.attempts + 1,
            first_attempt_at = COALESCE(m.first_attempt_at, now()),
            last_error = CASE WHEN m.state = 'SENDING' THEN $3 ELSE m.last_error END,
            updated_at = now()
       FROM due
      WHERE m.id = due.id
     RETURNING m.id, m.claim_token, m.from_address, m.to_address, m.subject, m.text, m.html, m.attachments, m.attempts`,
    [options.limit, options.leaseSeconds, INTERRUPTED_NOTE],
  );
  return rows.map((row) => ({
    id: row.id,
    claimToken: row.claim_token,
    fromAddress: row.from_address,
    toAddress: row.to_address,
    subject: row.subject,
    text: row.text,
    html: row.html,
    attachments: row.attachments,
    attempts: row.attempts,
  }));
}

/** Without SMTP, due messages are recorded for the admin log, clearly not sent. */
export async function recordDueMessages(pool: pg.Pool): Promise<number> {
  const { rowCount } = await pool.query(
    `UPDATE email_message SET state = 'RECORDED', last_error = NULL, lease_expires_at = NULL, claim_token = NULL, updated_at = now()
      WHERE (state = 'QUEUED' AND send_after <= now()) OR (state = 'SENDING' AND lease_expires_at < now())`,
  );
  return rowCount ?? 0;
}

/** How a claimed send ended, as it is written back. */
export type SendResult =
  { kind: "sent" } | { kind: "retry"; error: string; delaySeconds: number; retryWindowSeconds: number } | { kind: "failed"; error: string };

/**
 * Writes the result, only while the claim is still ours (false if the lease ran out and another
 * worker claimed the message meanwhile). A transient failure stays QUEUED for the next attempt,
 * unless the retry window since the first attempt has closed (checked on the database's clock).
 */
export async function settleClaim(pool: pg.Pool, claim: { id: string; claimToken: string }, result: SendResult): Promise<boolean> {
  const release = `lease_expires_at = NULL, claim_token = NULL, updated_at = now()`;
  const where = `WHERE id = $1 AND claim_token = $2 AND state = 'SENDING'`;
  const { rowCount } =
    result.kind === "sent"
      ? await pool.query(`UPDATE email_message SET state = 'SENT', sent_at = now(), last_error = NULL, ${release} ${where}`, [
          claim.id,
          claim.claimToken,
        ])
      : result.kind === "failed"
        ? await pool.query(`UPDATE email_message SET state = 'FAILED', last_error = $3, ${release} ${where}`, [
            claim.id,
            claim.claimToken,
            result.error,
          ])
        : await pool.query(
            `UPDATE email_message
                SET state = CASE WHEN now() - first_attempt_at < make_interval(secs => $5)
                                 THEN 'QUEUED'::"EmailState" ELSE 'FAILED'::"EmailState" END,
                    send_after = now() + make_interval(secs => $4),
                    last_error = $3, ${release}
              ${where}`,
            [claim.id, claim.claimToken, result.error, result.delaySeconds, result.retryWindowSeconds],
          );
  return rowCount === 1;
}

/** Whether any message is waiting for a retry after a failed attempt. */
export async function hasRetriesWaiting(pool: pg.Pool): Promise<boolean> {
  const { rowCount } = await pool.query(
    `SELECT 1 FROM email_message WHERE state = 'QUEUED' AND attempts > 0 AND send_after > now() LIMIT 1`,
  );
  return (rowCount ?? 0) > 0;
}

/** SMTP answers again: every message waiting out a backoff becomes due now. */
export async function wakeWaitingRetries(pool: pg.Pool): Promise<number> {
  const { rowCount } = await pool.query(
    `UPDATE email_message SET send_after = now(), updated_at = now() WHERE state = 'QUEUED' AND attempts > 0 AND send_after > now()`,
  );
  return rowCount ?? 0;
}
