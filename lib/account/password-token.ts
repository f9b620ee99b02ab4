import { createHash, randomBytes } from "node:crypto";

/** How long a set-password link works. A new one can be sent from the client's page. */
export const PASSWORD_TOKEN_TTL_MS = 7 * 24 * 60 * 60_000;

/** A new token (256 random bits, URL-safe) and the only thing stored of it: its SHA-256. */
export function newPasswordToken(): { token: string; tokenHash: string } {
  const token = randomBytes(32).toString("base64url");
  return { token, tokenHash: hashPasswordToken(token) };
}

/** A high-entropy token needs no slow hash: SHA-256 makes a leaked table useless and lookups exact. */
export function hashPasswordToken(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex");
}

export type TokenState = "usable" | "used" | "expired" | "unknown";

/** Whether a stored token may still set a password at `now`. */
export function tokenState(row: { usedAt: Date | null; expiresAt: Date } | null, now: Date): TokenState {
  if (!row) return "unknown";
  if (row.usedAt) return "used";
  return row.expiresAt.getTime() > now.getTime() ? "usable" : "expired";
}
