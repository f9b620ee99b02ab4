import "server-only";
import { hashPassword } from "@/lib/auth/password";
import { consumeRateLimit, SIGN_UP_EMAIL_RULE, SIGN_UP_IP_RULE } from "@/lib/auth/rate-limit";
import { retryAfterMinutes } from "@/lib/auth/rate-limit-window";
import type { SignUpData } from "@/lib/auth/schema";
import { newSignUpToken, SIGN_UP_LINK_TTL_MS } from "@/lib/auth/sign-up-confirmation";
import { db as sharedDb, type Db } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import { requireSpaLocation } from "@/lib/location/queries";
import { appOrigin, fromAddressFor, queueMessage } from "@/lib/notify/outbox";
import { renderExistingAccountNotice, renderSignUpConfirmation } from "./messages/sign-up-templates";

export function signUpRateLimitedMessage(minutes: number): string {
  return `Too many sign-ups from here just now. Try again in ${minutes} ${minutes === 1 ? "minute" : "minutes"}.`;
}

/**
 * A sign-up from the form. Whatever the address, the answer is the same (nothing, then "check your
 * email"), the same work is done (one argon2 hash, one outbox row) and the same limits apply, so
 * the form cannot be used to learn who has an account:
 * - a new address gets a confirmation link; the CLIENT account is created when it is used
 *   (lib/auth/sign-up-confirmation.ts), so nobody can hold an address they cannot read;
 * - an address with an account gets a notice saying so, and nothing else changes.
 * Limited per client address and per email (which also caps the mail one address can be sent).
 */
export async function requestSignUp(
  input: SignUpData & { callbackUrl?: string | null },
  client: { ip: string },
  options: { now?: Date; db?: Db } = {},
): Promise<void> {
  const { now = new Date(), db = sharedDb } = options;
  for (const [rule, subject] of [
    [SIGN_UP_IP_RULE, client.ip],
    [SIGN_UP_EMAIL_RULE, input.email],
  ] as const) {
    const decision = await consumeRateLimit(rule, subject, { now, db });
    if (!decision.allowed) {
      const minutes = retryAfterMinutes(decision.retryAfterMs);
      throw new AppError("RATE_LIMITED", signUpRateLimitedMessage(minutes), { data: { retryAfterMinutes: minutes } });
    }
  }
  const passwordHash = await hashPassword(input.password);
  const spa = await requireSpaLocation(db);
  const origin = appOrigin();
  const callback = input.callbackUrl ? `&${new URLSearchParams({ callbackUrl: input.callbackUrl })}` : "";
  await db.$transaction(async (tx) => {
    const existing = await tx.user.findUnique({ where: { email: input.email }, select: { name: true } });
    const message = { toAddress: input.email, fromAddress: fromAddressFor(spa) };
    if (existing) {
      const signInUrl = `${origin}/signin${input.callbackUrl ? `?${new URLSearchParams({ callbackUrl: input.callbackUrl })}` : ""}`;
      const rendered = renderExistingAccountNotice({ name: existing.name, signInUrl, spa });
      await queueMessage(tx, { ...message, template: "SIGN_UP_EXISTING_ACCOUNT", rendered }, now);
      return;
    }
    const { token, tokenHash } = newSignUpToken();
    await tx.signUpRequest.deleteMany({ where: { expiresAt: { lte: now } } });
    await tx.signUpRequest.create({
      data: {
        email: input.email,
        name: input.name,
        phone: input.phone ?? null,
        passwordHash,
        tokenHash,
        createdAt: now,
        expiresAt: new Date(now.getTime() + SIGN_UP_LINK_TTL_MS),
      },
    });
    const confirmUrl = `${origin}/signup/confirm?token=${token}${callback}`;
    const rendered = renderSignUpConfirmation({ name: input.name, confirmUrl, spa });
    await queueMessage(tx, { ...message, template: "SIGN_UP_CONFIRMATION", rendered }, now);
  });
}
