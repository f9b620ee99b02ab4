import "server-only";
import QRCode from "qrcode";
import type { SignedInSession } from "@/lib/auth/actor";
import {
  passkeyAuthenticationOptions,
  passkeyRegistrationOptions,
  registerPasskey,
  verifyPasskey,
} from "@/lib/auth/second-factor/passkeys";
import { generateRecoveryCodes, hashRecoveryCode } from "@/lib/auth/second-factor/recovery-codes";
import { openSecret, sealSecret } from "@/lib/auth/second-factor/secret-box";
import { checkTotpCode, newTotpSecret, totpUri } from "@/lib/auth/second-factor/totp";
import { forgetTrustedBrowsers } from "@/lib/auth/second-factor/trusted-browser";
import { completeSecondFactor } from "@/lib/auth/session-store";
import { recordAudit } from "@/lib/audit/record";
import { db, type DbClient } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import { findSpaLocation } from "@/lib/location/queries";
import { requireCompleteSession, requireSessionThatMayAddFactor } from "./guard";
import { isStaffTwoFactorRequired } from "./policy";
import type { z } from "zod";
import type { passkeyRegistrationSchema } from "./schema";

/**
 * Setting up and managing the second factor (staff only). A session that owes its second step
 * ("pending") can never add or remove a factor: knowing the password is not enough to plant one.
 * A session in "enrol" (the spa requires one and the person has none) may add its first; doing so
 * completes that session's second step.
 */
export type TwoFactorOverview = {
  totp: boolean;
  passkeys: { id: string; name: string; createdAt: Date; lastUsedAt: Date | null }[];
  recoveryCodesLeft: number;
  trustedBrowsers: number;
  required: boolean;
};

export async function getTwoFactorOverview(session: SignedInSession, now = new Date()): Promise<TwoFactorOverview> {
  requireSessionThatMayAddFactor(session);
  const userId = session.actor.userId;
  const [totp, passkeys, recoveryCodesLeft, trustedBrowsers, required] = await Promise.all([
    db.totpCredential.findUnique({ where: { userId }, select: { confirmedAt: true } }),
    db.passkeyCredential.findMany({
      where: { userId },
      orderBy: { createdAt: "asc" },
      select: { id: true, name: true, createdAt: true, lastUsedAt: true },
    }),
    db.recoveryCode.count({ where: { userId, usedAt: null } }),
    db.trustedBrowser.count({ where: { userId, expiresAt: { gt: now } } }),
    isStaffTwoFactorRequired(),
  ]);
  return { totp: !!totp?.confirmedAt, passkeys, recoveryCodesLeft, trustedBrowsers, required };
}

export type TotpSetup = { secret: string; uri: string; qrSvg: string };

/** Starts (or restarts) setting up an authenticator app: a new secret, not in use until confirmed. */
export async function startTotpSetup(session: SignedInSession): Promise<TotpSetup> {
  requireSessionThatMayAddFactor(session);
  const userId = session.actor.userId;
  const existing = await db.totpCredential.findUnique({ where: { userId }, select: { confirmedAt: true } });
  if (existing?.confirmedAt) throw new AppError("CONFLICT", "An authenticator app is already set up. Remove it first to use another.");
  const secret = newTotpSecret();
  await db.totpCredential.upsert({
    where: { userId },
    create: { userId, secretCiphertext: sealSecret(secret) },
    update: { secretCiphertext: sealSecret(secret), lastTimeStep: null, confirmedAt: null },
  });
  const spa = await findSpaLocation();
  const uri = totpUri({ issuer: spa?.name ?? "Glowbook", accountName: session.actor.email, secret });
  const qrSvg = await QRCode.toString(uri, { type: "svg", margin: 2, errorCorrectionLevel: "M" });
  return { secret, uri, qrSvg };
}

/** New recovery codes replace any old ones; shown once. */
async function replaceRecoveryCodes(tx: DbClient, userId: string): Promise<string[]> {
  const codes = generateRecoveryCodes();
  await tx.recoveryCode.deleteMany({ where: { userId } });
  await tx.recoveryCode.createMany({ data: codes.map((code) => ({ userId, codeHash: hashRecoveryCode(code)! })) });
  return codes;
}

/** The first factor also brings recovery codes; later ones keep the codes the person has. */
async function recoveryCodesForNewFactor(tx: DbClient, userId: string): Promise<string[] | null> {
  const left = await tx.recoveryCode.count({ where: { userId, usedAt: null } });
  return left > 0 ? null : replaceRecoveryCodes(tx, userId);
}

/**
 * Confirms the authenticator app with a code from it. Returns the recovery codes when this is the
 * person's first factor (shown once).
 */
export async function confirmTotpSetup(
  session: SignedInSession,
  input: { code: string },
  now = new Date(),
): Promise<{ recoveryCodes: string[] | null }> {
  requireSessionThatMayAddFactor(session);
  const userId = session.actor.userId;
  const pending = await db.totpCredential.findUnique({ where: { userId }, select: { secretCiphertext: true, confirmedAt: true } });
  const secret = pending && !pending.confirmedAt ? openSecret(pending.secretCiphertext) : null;
  if (!secret) throw new AppError("CONFLICT", "Start setting up the authenticator app again.");
  const check = await checkTotpCode(secret, input.code, { now });
  if (!check.valid) {
    throw new AppError("VALIDATION", "That code didn't match. Enter the code your app shows now.", {
      fieldErrors: { code: ["That code didn't match. Enter the code your app shows now."] },
    });
  }
  return db.$transaction(async (tx) => {
    await tx.totpCredential.update({ where: { userId }, data: { confirmedAt: now, lastTimeStep: check.timeStep } });
    const recoveryCodes = await recoveryCodesForNewFactor(tx, userId);
    await completeSecondFactor(session.sessionId, "TOTP", { now, db: tx });
    await recordAudit(tx, session.actor, { action: "two-factor.totp-add", entityType: "app_user", entityId: userId });
    return { recoveryCodes };
  });
}

async function requireAnotherFactorIfRequired(tx: DbClient, userId: string, removing: { totp?: boolean; passkeyId?: string }) {
  if (!(await isStaffTwoFactorRequired(tx))) return;
  const [totp, passkeys] = await Promise.all([
    removing.totp ? null : tx.totpCredential.findFirst({ where: { userId, confirmedAt: { not: null } }, select: { userId: true } }),
    tx.passkeyCredential.count({ where: { userId, ...(removing.passkeyId ? { id: { not: removing.passkeyId } } : {}) } }),
  ]);
  if (!totp && passkeys === 0) {
    throw new AppError("CONFLICT", "The spa requires a second step for staff. Add another one before removing this one.");
  }
}

export async function removeTotp(session: SignedInSession): Promise<void> {
  requireCompleteSession(session, "account:manage-two-factor");
  const userId = session.actor.userId;
  await db.$transaction(async (tx) => {
    await requireAnotherFactorIfRequired(tx, userId, { totp: true });
    const { count } = await tx.totpCredential.deleteMany({ where: { userId } });
    if (count === 0) throw new AppError("NOT_FOUND", "No authenticator app is set up.");
    await recordAudit(tx, session.actor, { action: "two-factor.totp-remove", entityType: "app_user", entityId: userId });
  });
}

export async function regenerateRecoveryCodes(session: SignedInSession): Promise<{ recoveryCodes: string[] }> {
  requireCompleteSession(session, "account:manage-two-factor");
  return db.$transaction(async (tx) => {
    const recoveryCodes = await replaceRecoveryCodes(tx, session.actor.userId);
    await recordAudit(tx, session.actor, {
      action: "two-factor.recovery-codes-replace",
      entityType: "app_user",
      entityId: session.actor.userId,
    });
    return { recoveryCodes };
  });
}

export async function startPasskeyRegistration(session: SignedInSession) {
  requireSessionThatMayAddFactor(session);
  const spa = await findSpaLocation();
  return passkeyRegistrationOptions({ ...session.actor, sessionId: session.sessionId }, { rpName: spa?.name ?? "Glowbook" });
}

export async function finishPasskeyRegistration(
  session: SignedInSession,
  input: z.output<typeof passkeyRegistrationSchema>,
  now = new Date(),
): Promise<{ passkey: { id: string; name: string }; recoveryCodes: string[] | null }> {
  requireSessionThatMayAddFactor(session);
  const userId = session.actor.userId;
  return db.$transaction(async (tx) => {
    const passkey = await registerPasskey({ ...input, userId, sessionId: session.sessionId }, { now, db: tx });
    if (!passkey) throw new AppError("VALIDATION", "That passkey could not be added. Please try again.");
    const recoveryCodes = await recoveryCodesForNewFactor(tx, userId);
    await completeSecondFactor(session.sessionId, "PASSKEY", { now, db: tx });
    await recordAudit(tx, session.actor, {
      action: "two-factor.passkey-add",
      entityType: "app_user",
      entityId: userId,
      details: { name: passkey.name },
    });
    return { passkey, recoveryCodes };
  });
}

export async function removePasskey(session: SignedInSession, input: { passkeyId: string }): Promise<void> {
  requireCompleteSession(session, "account:manage-two-factor");
  const userId = session.actor.userId;
  await db.$transaction(async (tx) => {
    await requireAnotherFactorIfRequired(tx, userId, { passkeyId: input.passkeyId });
    const { count } = await tx.passkeyCredential.deleteMany({ where: { id: input.passkeyId, userId } });
    if (count === 0) throw new AppError("NOT_FOUND", "That passkey was not found.");
    await recordAudit(tx, session.actor, { action: "two-factor.passkey-remove", entityType: "app_user", entityId: userId });
  });
}

export async function forgetOwnTrustedBrowsers(session: SignedInSession): Promise<{ forgotten: number }> {
  requireCompleteSession(session, "account:manage-two-factor");
  return db.$transaction(async (tx) => {
    const forgotten = await forgetTrustedBrowsers(session.actor.userId, { db: tx });
    await recordAudit(tx, session.actor, {
      action: "two-factor.trusted-browsers-forget",
      entityType: "app_user",
      entityId: session.actor.userId,
    });
    return { forgotten };
  });
}

export { passkeyAuthenticationOptions, verifyPasskey };
