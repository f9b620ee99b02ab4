import { z } from "zod";

/**
 * An idempotency key: what a client sends again when it retries the same request (the API's
 * Idempotency-Key header, the booking form's per-form token). Printable ASCII, 8–255 characters:
 * a UUID fits, and a key too short to be unique is refused.
 */
export const idempotencyKeySchema = z
  .string()
  .regex(/^[\x21-\x7e]{8,255}$/, "An idempotency key is 8 to 255 printable characters without spaces, such as a UUID.");

/** A fresh key (128 random bits, hex), on the server or in any browser (crypto.randomUUID needs HTTPS there). */
export function newIdempotencyKey(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, "0")).join("");
}
