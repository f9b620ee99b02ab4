import "server-only";
import { db as sharedDb, type DbClient } from "@/lib/db/client";
import { hashRecoveryCode } from "./recovery-codes";
import { openSecret } from "./secret-box";
import { checkTotpCode } from "./totp";

/**
 * A code from the user's authenticator app. The accepted time step is recorded with a
 * compare-and-set, so the same code used twice at once (or again later) wins only once.
 */
export async function verifyTotpForUser(userId: string, code: string, options: { now?: Date; db?: DbClient } = {}): Promise<boolean> {
  const { now = new Date(), db = sharedDb } = options;
  const credential = await db.totpCredential.findUnique({
    where: { userId },
    select: { secretCiphertext: true, confirmedAt: true, lastTimeStep: true },
  });
  if (!credential?.confirmedAt) return false;
  const secret = openSecret(credential.secretCiphertext);
  if (!secret) return false;
  const check = await checkTotpCode(secret, code, { now, afterTimeStep: credential.lastTimeStep });
  if (!check.valid) return false;
  const { count } = await db.totpCredential.updateMany({
    where: { userId, OR: [{ lastTimeStep: null }, { lastTimeStep: { lt: check.timeStep } }] },
    data: { lastTimeStep: check.timeStep },
  });
  return count === 1;
}

/** Uses up one recovery code (single statement, so it works once however many try at once). */
export async function redeemRecoveryCode(userId: string, code: string, options: { now?: Date; db?: DbClient } = {}): Promise<boolean> {
  const { now = new Date(), db = sharedDb } = options;
  const codeHash = hashRecoveryCode(code);
  if (!codeHash) return false;
  const { count } = await db.recoveryCode.updateMany({ where: { userId, codeHash, usedAt: null }, data: { usedAt: now } });
  return count === 1;
}
