import { createHash, randomUUID } from "node:crypto";
import { db, type DbClient, type JsonInput } from "@/lib/db/client";
import { AppError, isAppError, type AppErrorCode, type FieldErrors } from "@/lib/errors/app-error";

/**
 * Runs a request once per idempotency key (docs/decisions/0017). The first request claims the key;
 * its command calls `complete(tx, result)` inside the transaction that makes the change, so the
 * change and its recorded answer commit together. A repeat with the same key and body gets that
 * answer again (success or refusal) without running anything; the same key with another body is
 * refused; a repeat while the first still runs is told to wait. Keys are one person's and expire.
 */

export type Complete<T> = (tx: DbClient, result: T) => Promise<void>;

export type Codec<T> = { encode(result: T): JsonInput; decode(stored: unknown): T };

type StoredOutcome =
  { ok: true; data: unknown } | { ok: false; code: AppErrorCode; message: string; fieldErrors?: FieldErrors; data?: unknown };

/** How long a key is remembered. */
export const KEY_TTL_HOURS = 24;
// A first request that has not finished after this was abandoned (its process died): a repeat may
// take the key over. Its transaction can no longer commit: `complete` checks the claim it holds.
const ABANDONED_AFTER_SECONDS = 60;

export async function runOnce<T>(
  request: { userId: string; scope: string; key: string; body: unknown },
  codec: Codec<T>,
  run: (complete: Complete<T>) => Promise<T>,
): Promise<T> {
  const fingerprint = fingerprintOf(request.body);
  const claimToken = randomUUID();
  const claimed = await claim({ ...request, fingerprint, claimToken });
  if (!claimed) return replay(request, fingerprint, codec);

  const where = { userId: request.userId, key: request.key, claimToken };
  let completed = false;
  const complete: Complete<T> = async (tx, result) => {
    const { count } = await tx.idempotencyRecord.updateMany({ where, data: { outcome: { ok: true, data: codec.encode(result) } } });
    // Our claim was taken over: roll this change back rather than make it a second time.
    if (count !== 1) throw new AppError("CONFLICT", "This request was retried meanwhile; reload to see what happened.");
    completed = true;
  };
  try {
    const result = await run(complete);
    if (!completed) await db.idempotencyRecord.updateMany({ where, data: { outcome: { ok: true, data: codec.encode(result) } } });
    return result;
  } catch (error) {
    if (isAppError(error)) {
      // A refusal is an answer too: the repeat gets the same one.
      const outcome: StoredOutcome = {
        ok: false,
        code: error.code,
        message: error.userMessage,
        ...(error.details.fieldErrors ? { fieldErrors: error.details.fieldErrors } : {}),
        ...(error.details.data !== undefined ? { data: error.details.data } : {}),
      };
      await db.idempotencyRecord.updateMany({ where, data: { outcome: toJson(outcome) } }).catch(() => {});
    } else {
      // No answer was given (the database went away, a bug): a repeat may try again.
      await db.idempotencyRecord.deleteMany({ where }).catch(() => {});
    }
    throw error;
  }
}

/** sha256 of the body with its keys sorted, so the same request always has the same fingerprint. */
export function fingerprintOf(body: unknown): string {
  return createHash("sha256").update(stableJson(body)).digest("hex");
}

function stableJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableJson).join(",")}]`;
  if (value && typeof value === "object") {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, item]) => item !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${stableJson(item)}`).join(",")}}`;
  }
  return JSON.stringify(value ?? null);
}

/** Takes the key: new, expired, or abandoned by a first request with the same body. True when it is ours. */
async function claim(options: { userId: string; scope: string; key: string; fingerprint: string; claimToken: string }): Promise<boolean> {
  await db.idempotencyRecord.deleteMany({ where: { userId: options.userId, expiresAt: { lt: new Date() } } });
  const rows = await db.$queryRaw<{ claim_token: string }[]>`
    INSERT INTO idempotency_record (user_id, key, scope, fingerprint, claim_token, expires_at)
    VALUES (${options.userId}::uuid, ${options.key}, ${options.scope}, ${options.fingerprint}, ${options.claimToken}::uuid,
            now() + make_interval(hours => ${KEY_TTL_HOURS}))
    ON CONFLICT (user_id, key) DO UPDATE
       SET claim_token = EXCLUDED.claim_token, created_at = now(), expires_at = EXCLUDED.expires_at
     WHERE idempotency_record.outcome IS NULL
       AND idempotency_record.scope = EXCLUDED.scope
       AND idempotency_record.fingerprint = EXCLUDED.fingerprint
       AND idempotency_record.created_at < now() - make_interval(secs => ${ABANDONED_AFTER_SECONDS})
    RETURNING claim_token::text`;
  return rows[0]?.claim_token === options.claimToken;
}

async function replay<T>(request: { userId: string; scope: string; key: string }, fingerprint: string, codec: Codec<T>): Promise<T> {
  const record = await db.idempotencyRecord.findUnique({
    where: { userId_key: { userId: request.userId, key: request.key } },
    select: { scope: true, fingerprint: true, outcome: true },
  });
  if (!record || record.scope !== request.scope || record.fingerprint !== fingerprint) {
    throw new AppError("VALIDATION", "This idempotency key was already used for a different request; use a new key for a new request.");
  }
  const outcome = record.outcome as StoredOutcome | null;
  if (!outcome)
    throw new AppError("CONFLICT", "The first request with this idempotency key is still being processed; try again in a moment.");
  if (outcome.ok) return codec.decode(outcome.data);
  throw new AppError(outcome.code, outcome.message, {
    ...(outcome.fieldErrors ? { fieldErrors: outcome.fieldErrors } : {}),
    ...(outcome.data !== undefined ? { data: outcome.data } : {}),
  });
}

function toJson(value: unknown): JsonInput {
  return JSON.parse(JSON.stringify(value)) as JsonInput;
}

/** Deletes expired keys of everyone (the maintenance job; a claim already clears its own user's). */
export async function pruneExpiredIdempotencyRecords(client: DbClient = db, now = new Date()): Promise<number> {
  const { count } = await client.idempotencyRecord.deleteMany({ where: { expiresAt: { lt: now } } });
  return count;
}
