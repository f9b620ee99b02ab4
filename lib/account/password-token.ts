import { hashSecretToken, newSecretToken } from "@/lib/ids/secret-token";

/** How long a set-password link works. A new one can be sent from the client's page. */
export const PASSWORD_TOKEN_TTL_MS = 7 * 24 * 60 * 60_000;

/** A new token and the only thing stored of it (lib/ids/secret-token.ts). */
export const newPasswordToken = newSecretToken;
export const hashPasswordToken = hashSecretToken;

export type TokenState = "usable" | "used" | "expired" | "unknown";

/** Whether a stored token may still set a password at `now`. */
export function tokenState(row: { usedAt: Date | null; expiresAt: Date } | null, now: Date): TokenState {
  if (!row) return "unknown";
  if (row.usedAt) return "used";
  return row.expiresAt.getTime() > now.getTime() ? "usable" : "expired";
}
