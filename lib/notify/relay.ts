import type PgBoss from "pg-boss";
import type pg from "pg";
import { DUE_MESSAGE_QUEUE, type MessageJob } from "./queues";

const BATCH = 100;

type DueRow = { id: string; send_after: Date };

/**
 * Hands SCHEDULED messages to the job queue as delayed jobs (their domain re-checks them when they
 * fall due). The jobs and the rows' `job_queued_at` are written in ONE transaction, so a row is
 * marked only if its job exists. A row whose job was lost (queue reset, job expired) is picked up
 * again once it has been quiet for `staleAfterSeconds`. SKIP LOCKED lets any number of workers
 * relay at once without handing a row out twice. QUEUED messages need no job: the dispatcher
 * claims them straight from the table (lib/notify/dispatcher.ts).
 */
export async function relayOutbox(deps: { pool: pg.Pool; boss: PgBoss; staleAfterSeconds: number }): Promise<number> {
  const client = await deps.pool.connect();
  let broken = false;
  try {
    await client.query("BEGIN");
    const { rows } = await client.query<DueRow>(
      `SELECT id, send_after FROM email_message
        WHERE state = 'SCHEDULED'
          AND (job_queued_at IS NULL OR GREATEST(job_queued_at, send_after) < now() - make_interval(secs => $1))
        ORDER BY send_after
        LIMIT ${BATCH}
        FOR UPDATE SKIP LOCKED`,
      [deps.staleAfterSeconds],
    );
    const db: PgBoss.Db = { executeSql: (text, values) => client.query(text, values) };
    for (const row of rows) {
      const data: MessageJob = { messageId: row.id };
      await deps.boss.send(DUE_MESSAGE_QUEUE, data, { singletonKey: row.id, startAfter: row.send_after, db });
    }
    if (rows.length > 0) {
      await client.query(`UPDATE email_message SET job_queued_at = now() WHERE id = ANY($1::uuid[])`, [rows.map((row) => row.id)]);
    }
    await client.query("COMMIT");
    return rows.length;
  } catch (error) {
    await client.query("ROLLBACK").catch(() => {
      broken = true;
    });
    throw error;
  } finally {
    // A connection that could not even roll back is dropped, not handed to the next caller.
    client.release(broken);
  }
}
