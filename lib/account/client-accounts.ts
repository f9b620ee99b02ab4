import "server-only";
import { recordAudit } from "@/lib/audit/record";
import type { Actor } from "@/lib/auth/policy";
import type { DbClient } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import { isUniqueViolation } from "@/lib/errors/postgres";
import { requireSpaLocation } from "@/lib/location/queries";
import { queueInvitation } from "./messages/invitation";
import { newPasswordToken, PASSWORD_TOKEN_TTL_MS } from "./password-token";
import type { NewClientData } from "./schema";

export const DUPLICATE_CLIENT_EMAIL = "A client with this email already exists. Search for them instead.";

/**
 * A client the desk creates for a phone or walk-in booking, inside the caller's transaction (the
 * booking's, so a lost slot leaves no stray client). No password: with an email they are sent a
 * single-use link to set one; without, they have no sign-in until the desk adds an email. The
 * caller has checked the actor's permission.
 */
export async function createClientAccount(tx: DbClient, actor: Actor, input: NewClientData, now: Date): Promise<{ id: string }> {
  let client: { id: string };
  try {
    // A duplicate email fails the whole transaction (the booking with it), with the reason on the field.
    client = await tx.user.create({
      data: { name: input.name, phone: input.phone, email: input.email, role: "CLIENT", passwordHash: null },
      select: { id: true },
    });
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    throw new AppError("CONFLICT", DUPLICATE_CLIENT_EMAIL, { fieldErrors: { "client.email": [DUPLICATE_CLIENT_EMAIL] } });
  }
  await recordAudit(tx, actor, { action: "client.create", entityType: "client", entityId: client.id, details: { by: "desk" } });
  if (input.email) await sendSetPasswordLink(tx, actor, { clientId: client.id, now });
  return client;
}

/**
 * Issues a new single-use set-password link (earlier unused ones stop working) and queues it, in
 * the caller's transaction. Refused for a client without an email or who already has a password.
 */
export async function sendSetPasswordLink(
  tx: DbClient,
  actor: Actor,
  options: {
    clientId: string;
    now: Date;
    /** When the email may go (throttled batches); the link lasts its full time from then. */ sendAfter?: Date;
  },
): Promise<void> {
  const { clientId, now } = options;
  const sendAfter = options.sendAfter ?? now;
  const client = await tx.user.findFirst({
    where: { id: clientId, role: "CLIENT", mergedIntoId: null },
    select: { id: true, name: true, email: true, passwordHash: true },
  });
  if (!client) throw new AppError("NOT_FOUND", "That client was not found.");
  if (!client.email) throw new AppError("CONFLICT", "Add the client's email address first.");
  if (client.passwordHash) throw new AppError("CONFLICT", "This client has already set a password.");
  await tx.passwordToken.updateMany({ where: { userId: client.id, usedAt: null }, data: { usedAt: now } });
  const { token, tokenHash } = newPasswordToken();
  const expiresAt = new Date(sendAfter.getTime() + PASSWORD_TOKEN_TTL_MS);
  await tx.passwordToken.create({ data: { userId: client.id, tokenHash, expiresAt, createdAt: now } });
  const location = await requireSpaLocation(tx);
  await queueInvitation(tx, {
    clientId: client.id,
    to: client.email,
    token,
    now: sendAfter,
    data: { clientName: client.name, expiresAt, location },
  });
  // Who sent it is kept; the token never is.
  await recordAudit(tx, actor, { action: "client.send-password-link", entityType: "client", entityId: client.id });
}
