import "server-only";
import { db as sharedDb, type Db } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import { isUniqueViolation } from "@/lib/errors/postgres";
import { hashPassword, needsRehash, verifyDummyPassword, verifyPassword } from "./password";
import type { Actor } from "./policy";
import { consumeRateLimit, refundRateLimit, resetRateLimit, SIGN_IN_EMAIL_RULE, SIGN_IN_IP_RULE } from "./rate-limit";
import { retryAfterMinutes, type RateLimitDecision } from "./rate-limit-window";
import { messages, signInSchema, type SignUpData } from "./schema";
import { rateLimitedMessage } from "./sign-in-errors";

export const DUPLICATE_EMAIL_MESSAGE = "An account with this email already exists. Sign in instead.";

const actorSelect = { id: true, role: true, email: true, name: true } as const;

function toActor(user: { id: string; role: Actor["role"]; email: string | null; name: string }): Actor {
  return { userId: user.id, role: user.role, email: user.email ?? "", name: user.name };
}

/**
 * Creates a CLIENT account (sign-up never creates staff). The unique index on the lower-cased
 * email decides duplicates, so two sign-ups racing for one address give one account and one
 * CONFLICT, with no check-then-insert gap.
 */
export async function signUpClient(input: SignUpData, options: { db?: Db } = {}): Promise<Actor> {
  const { db = sharedDb } = options;
  const passwordHash = await hashPassword(input.password);
  try {
    const user = await db.user.create({
      data: { email: input.email, name: input.name, phone: input.phone, role: "CLIENT", passwordHash },
      select: actorSelect,
    });
    return toActor(user);
  } catch (error) {
    if (isUniqueViolation(error)) {
      throw new AppError("CONFLICT", DUPLICATE_EMAIL_MESSAGE, { fieldErrors: { email: [DUPLICATE_EMAIL_MESSAGE] } });
    }
    throw error;
  }
}

export type SignInAttempt = { email: unknown; password: unknown; ip: string | null };

function rateLimited(decision: Extract<RateLimitDecision, { allowed: false }>): AppError {
  const minutes = retryAfterMinutes(decision.retryAfterMs);
  return new AppError("RATE_LIMITED", rateLimitedMessage(minutes), { data: { retryAfterMinutes: minutes } });
}

/**
 * Checks an email and password for next-auth's Credentials provider. The attempt is counted
 * against the address and the email before any password is looked at, so a blocked attempt
 * costs no hashing and reveals nothing, even when the password is right. Wrong email and wrong
 * password fail alike (same message, same argon2 work), so the answer does not reveal who has
 * an account.
 */
export async function authenticate(attempt: SignInAttempt, options: { now?: Date; db?: Db } = {}): Promise<Actor> {
  const { now = new Date(), db = sharedDb } = options;
  const incorrect = new AppError("UNAUTHENTICATED", messages.credentialsIncorrect);
  const parsed = signInSchema.safeParse({ email: attempt.email, password: attempt.password });
  if (!parsed.success) throw incorrect;
  const { email, password } = parsed.data;

  const ipDecision = attempt.ip ? await consumeRateLimit(SIGN_IN_IP_RULE, attempt.ip, { now, db }) : null;
  if (ipDecision && !ipDecision.allowed) throw rateLimited(ipDecision);
  const emailDecision = await consumeRateLimit(SIGN_IN_EMAIL_RULE, email, { now, db });
  if (!emailDecision.allowed) throw rateLimited(emailDecision);

  const user = await db.user.findUnique({ where: { email }, select: { ...actorSelect, passwordHash: true } });
  // A client the desk created has no password until they set one (and a merged duplicate none
  // at all): they fail exactly like an unknown email, after the same argon2 work.
  const passwordHash = user?.passwordHash ?? null;
  const valid = passwordHash ? await verifyPassword(passwordHash, password) : await verifyDummyPassword(password);
  if (!user || !passwordHash || !valid) throw incorrect;

  await resetRateLimit(SIGN_IN_EMAIL_RULE, email, { db });
  if (attempt.ip && ipDecision) {
    await refundRateLimit(SIGN_IN_IP_RULE, attempt.ip, { windowStartsAt: ipDecision.windowStartsAt, db });
  }
  if (needsRehash(passwordHash)) {
    await db.user.update({ where: { id: user.id }, data: { passwordHash: await hashPassword(password) } });
  }
  return toActor(user);
}
