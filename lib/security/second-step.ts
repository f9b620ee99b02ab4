import "server-only";
import type { SignedInSession } from "@/lib/auth/actor";
import { rateLimited } from "@/lib/auth/commands";
import { consumeRateLimit, resetRateLimit, SECOND_FACTOR_RULE } from "@/lib/auth/rate-limit";
import { passkeyAuthenticationOptions, verifyPasskey } from "@/lib/auth/second-factor/passkeys";
import type { AuthenticationResponse } from "@/lib/auth/second-factor/schema";
import { readTrustedTokens, trustBrowser } from "@/lib/auth/second-factor/trusted-browser";
import { redeemRecoveryCode, verifyTotpForUser } from "@/lib/auth/second-factor/verify";
import { completeSecondFactor } from "@/lib/auth/session-store";
import type { SecondFactorMethod } from "@/lib/auth/session-rules";
import { recordAudit } from "@/lib/audit/record";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";

/**
 * The second step at sign-in, for a session that owes it ("pending"). Wrong answers are limited
 * per account; a right one completes the session and, when asked, trusts this browser for 30 days
 * (the new cookie value comes back for the action to set).
 */
function requirePending(session: SignedInSession): void {
  if (session.secondFactor !== "pending") throw new AppError("UNAUTHENTICATED", "Your sign-in has ended. Please sign in again.");
}

type Context = { userAgent: string; trustedCookie: string | undefined; now?: Date };
export type SecondStepResult = { trustedCookie: string | null; recoveryCodesLeft: number | null };

async function limit(userId: string, now: Date) {
  const decision = await consumeRateLimit(SECOND_FACTOR_RULE, userId, { now });
  if (!decision.allowed) throw rateLimited(decision.retryAfterMs);
}

async function complete(
  session: SignedInSession,
  method: SecondFactorMethod,
  trust: boolean,
  context: Context,
  now: Date,
): Promise<SecondStepResult> {
  const userId = session.actor.userId;
  await resetRateLimit(SECOND_FACTOR_RULE, userId);
  return db.$transaction(async (tx) => {
    await completeSecondFactor(session.sessionId, method, { now, db: tx });
    const trustedCookie = trust
      ? await trustBrowser(
          { userId, userAgent: context.userAgent, existingTokens: readTrustedTokens(context.trustedCookie) },
          { now, db: tx },
        )
      : null;
    // Using a recovery code is worth a line in the log: it may mean a lost phone, or a stolen code.
    if (method === "RECOVERY_CODE")
      await recordAudit(tx, session.actor, { action: "sign-in.recovery-code", entityType: "app_user", entityId: userId });
    const recoveryCodesLeft = method === "RECOVERY_CODE" ? await tx.recoveryCode.count({ where: { userId, usedAt: null } }) : null;
    return { trustedCookie, recoveryCodesLeft };
  });
}

export async function verifySecondStepCode(
  session: SignedInSession,
  input: { method: "totp" | "recovery"; code: string; trustBrowser: boolean },
  context: Context,
): Promise<SecondStepResult> {
  requirePending(session);
  const now = context.now ?? new Date();
  const userId = session.actor.userId;
  await limit(userId, now);
  const ok =
    input.method === "totp" ? await verifyTotpForUser(userId, input.code, { now }) : await redeemRecoveryCode(userId, input.code, { now });
  if (!ok) {
    const message =
      input.method === "totp" ? "That code didn't work. Enter the code your app shows now." : "That recovery code didn't work.";
    throw new AppError("VALIDATION", message, { fieldErrors: { code: [message] } });
  }
  return complete(session, input.method === "totp" ? "TOTP" : "RECOVERY_CODE", input.trustBrowser, context, now);
}

export async function startPasskeySecondStep(session: SignedInSession) {
  requirePending(session);
  return passkeyAuthenticationOptions({ purpose: "SECOND_FACTOR", userId: session.actor.userId, sessionId: session.sessionId });
}

export async function verifyPasskeySecondStep(
  session: SignedInSession,
  input: { challengeId: string; response: AuthenticationResponse; trustBrowser: boolean },
  context: Context,
): Promise<SecondStepResult> {
  requirePending(session);
  const now = context.now ?? new Date();
  await limit(session.actor.userId, now);
  const userId = await verifyPasskey(
    {
      purpose: "SECOND_FACTOR",
      challengeId: input.challengeId,
      response: input.response,
      userId: session.actor.userId,
      sessionId: session.sessionId,
    },
    { now },
  );
  if (!userId) throw new AppError("VALIDATION", "That passkey didn't work. Try again, or use a code instead.");
  return complete(session, "PASSKEY", input.trustBrowser, context, now);
}

/** Options for "Sign in with a passkey" on the sign-in page (no one is signed in yet). */
export function startPasskeySignIn() {
  return passkeyAuthenticationOptions({ purpose: "SIGN_IN" });
}

/** Which second steps the person can take at the sign-in page. */
export async function secondStepChoices(session: SignedInSession): Promise<{ hasTotp: boolean; hasPasskey: boolean }> {
  requirePending(session);
  const userId = session.actor.userId;
  const [totp, passkeys] = await Promise.all([
    db.totpCredential.findUnique({ where: { userId }, select: { confirmedAt: true } }),
    db.passkeyCredential.count({ where: { userId } }),
  ]);
  return { hasTotp: !!totp?.confirmedAt, hasPasskey: passkeys > 0 };
}
