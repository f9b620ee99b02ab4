import { generate, generateSecret, generateURI, verify } from "otplib";

/**
 * TOTP as authenticator apps do it (RFC 6238: SHA-1, 6 digits, 30-second steps). One step either
 * side is accepted for clock drift; a code from a step at or before the last accepted one is
 * refused, so a code seen over someone's shoulder cannot be used again.
 */
const PERIOD_SECONDS = 30;
const TOLERANCE_SECONDS = PERIOD_SECONDS;

export function newTotpSecret(): string {
  return generateSecret();
}

/** The otpauth:// link the QR code carries: the spa's name as issuer, the email as the account. */
export function totpUri(input: { issuer: string; accountName: string; secret: string }): string {
  return generateURI({ issuer: input.issuer, label: input.accountName, secret: input.secret, period: PERIOD_SECONDS });
}

export type TotpCheck = { valid: true; timeStep: number } | { valid: false };

export async function checkTotpCode(
  secret: string,
  code: string,
  options: { now: Date; afterTimeStep?: number | null },
): Promise<TotpCheck> {
  if (!/^\d{6}$/.test(code)) return { valid: false };
  const result = await verify({
    secret,
    token: code,
    epoch: Math.floor(options.now.getTime() / 1000),
    period: PERIOD_SECONDS,
    epochTolerance: TOLERANCE_SECONDS,
    ...(options.afterTimeStep != null ? { afterTimeStep: options.afterTimeStep } : {}),
  });
  // A TOTP verification always reports the step it matched (HOTP's result type lacks it).
  return result.valid && "timeStep" in result ? { valid: true, timeStep: result.timeStep } : { valid: false };
}

/** The current code for a secret: for tests, and for nothing else. */
export async function currentTotpCode(secret: string, now: Date): Promise<string> {
  return generate({ secret, epoch: Math.floor(now.getTime() / 1000), period: PERIOD_SECONDS });
}
