import { createHash, randomBytes } from "node:crypto";

/**
 * A single-use link's secret (set-password, waitlist claim): 256 random bits, URL-safe, and the
 * only thing stored of it, its SHA-256. A high-entropy token needs no slow hash: SHA-256 makes a
 * leaked table useless and lookups exact.
 */
export function newSecretToken(): { token: string; tokenHash: string } {
  const token = randomBytes(32).toString("base64url");
  return { token, tokenHash: hashSecretToken(token) };
}

export function hashSecretToken(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex");
}
