import "server-only";
import { db as sharedDb, type Db } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import { hashPassword, needsRehash, verifyDummyPassword, verifyPassword } from "./password";
import type { Actor } from "./policy";
import { consumeRateLimit, refundRateLimit, SIGN_IN_IP_RULE } from "./rate-limit";
import { retryAfterMinutes } from "./rate-limit-window";
import { messages, signInSchema } from "./schema";
import { admitPairAttempt, clearPair } from "./sign-in-throttle";
import { rateLimitedMessage } from "./sign-in-errors";

export const actorSelect = { id: true, role: true, email: true, name: true } as const;

export function toActor(user: { id: string; role: Actor["role"]; email: string | null; name: string }): Actor {
  return { userId: user.id, role: user.role, email: user.email ?? "", name: user.name };
}

/** The client's address bucket (lib/auth/client-ip.ts); UNKNOWN_ADDRESS still counts. */
export type SignInAttempt = { email: unknown; password: unknown; ip: string };

export function rateLimited(retryAfterMs: number): AppError {
  const minutes = retryAfterMinutes(retryAfterMs);
  return new AppError("RATE_LIMITED", rateLimitedMessage(minutes), { data: { retryAfterMinutes: minutes } });
}

/**
 * Checks an email and password for next-auth's Credentials provider. The attempt is counted
 * against the client address (across emails) and against the (email, address) pair before any
 * password is looked at, so a blocked attempt costs no hashing and reveals nothing, even when the
 * password is right. Nothing is counted per email alone: a stranger failing from elsewhere slows
 * only their own pair and address, never the owner's sign-in. Wrong email and wrong password fail
 * alike (same message, same argon2 work), so the answer does not reveal who has an account.
 */
export async function authenticate(attempt: SignInAttempt, options: { now?: Date; db?: Db } = {}): Promise<Actor> {
  const { now = new Date(), db = sharedDb } = options;
  const incorrect = new AppError("UNAUTHENTICATED", messages.credentialsIncorrect);
  const parsed = signInSchema.safeParse({ email: attempt.email, password: attempt.password });
  if (!parsed.success) throw incorrect;
  const { email, password } = parsed.data;

  const ipDecision = await consumeRateLimit(SIGN_IN_IP_RULE, attempt.ip, { now, db });
  if (!ipDecision.allowed) throw rateLimited(ipDecision.retryAfterMs);
  const pairDecision = await admitPairAttempt(email, attempt.ip, { now, db });
  if (!pairDecision.admitted) throw rateLimited(pairDecision.retryAfterMs);

  const user = await db.user.findUnique({ where: { email }, select: { ...actorSelect, passwordHash: true } });
  // A client the desk created has no password until they set one (and a merged duplicate none
  // at all): they fail exactly like an unknown email, after the same argon2 work.
  const passwordHash = user?.passwordHash ?? null;
  const valid = passwordHash ? await verifyPassword(passwordHash, password) : await verifyDummyPassword(password);
  if (!user || !passwordHash || !valid) throw incorrect;

  await clearPair(email, attempt.ip, { db });
  await refundRateLimit(SIGN_IN_IP_RULE, attempt.ip, { windowStartsAt: ipDecision.windowStartsAt, db });
  if (needsRehash(passwordHash)) {
    await db.user.update({ where: { id: user.id }, data: { passwordHash: await hashPassword(password) } });
  }
  return toActor(user);
}
