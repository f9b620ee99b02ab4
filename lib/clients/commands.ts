import "server-only";
import { sendSetPasswordLink } from "@/lib/account/client-accounts";
import { DUPLICATE_CLIENT_EMAIL } from "@/lib/account/client-accounts";
import type { ClientContactData } from "@/lib/account/schema";
import { recordAudit } from "@/lib/audit/record";
import { assertCan } from "@/lib/auth/assert-can";
import type { Actor } from "@/lib/auth/policy";
import { clientScope } from "@/lib/auth/scope";
import { queueIntakeRequest } from "@/lib/booking/messages/appointment-outbox";
import { db, type DbClient } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import { isUniqueViolation } from "@/lib/errors/postgres";
import { requireSpaLocation } from "@/lib/location/queries";
import { queueIntakeLink } from "./messages/intake-link";
import type { ClientPreferencesInput } from "./schema";

/** The client row, locked, inside the actor's client scope (NOT_FOUND otherwise). */
async function lockClient(tx: DbClient, actor: Actor, clientId: string) {
  await tx.$queryRaw`SELECT id FROM app_user WHERE id = ${clientId}::uuid FOR UPDATE`;
  const client = await tx.user.findFirst({
    where: { id: clientId, ...clientScope(actor) },
    select: { id: true, name: true, email: true, phone: true, passwordHash: true },
  });
  if (!client) throw new AppError("NOT_FOUND", "That client was not found.");
  return client;
}

/**
 * Edits name, phone and email. The email is a sign-in, so it may change only while the client
 * has never set a password (a desk-created client); adding one then sends the set-password link.
 */
export async function updateClientContact(actor: Actor, input: ClientContactData, now = new Date()) {
  assertCan(actor, "clients:manage");
  try {
    return await db.$transaction(async (tx) => {
      const client = await lockClient(tx, actor, input.clientId);
      const emailChanged = input.email !== client.email;
      if (emailChanged && client.passwordHash) {
        const message = "This client signs in with their email, so only they can change it.";
        throw new AppError("CONFLICT", message, { fieldErrors: { email: [message] } });
      }
      await tx.user.update({ where: { id: client.id }, data: { name: input.name, phone: input.phone, email: input.email } });
      await recordAudit(tx, actor, {
        action: "client.update",
        entityType: "client",
        entityId: client.id,
        details: {
          before: { name: client.name, phone: client.phone, email: client.email },
          after: { name: input.name, phone: input.phone, email: input.email },
        },
      });
      if (emailChanged && input.email) await sendSetPasswordLink(tx, actor, { clientId: client.id, now });
      return { id: client.id, invited: emailChanged && !!input.email };
    });
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    throw new AppError("CONFLICT", DUPLICATE_CLIENT_EMAIL, { fieldErrors: { email: [DUPLICATE_CLIENT_EMAIL] } });
  }
}

/** Which optional messages the client gets, and their preferred esthetician. */
export async function updateClientPreferences(actor: Actor, input: ClientPreferencesInput) {
  assertCan(actor, "clients:manage");
  return db.$transaction(async (tx) => {
    const client = await lockClient(tx, actor, input.clientId);
    if (input.preferredStaffId) {
      const staff = await tx.staffProfile.findFirst({ where: { id: input.preferredStaffId, active: true }, select: { id: true } });
      if (!staff)
        throw new AppError("VALIDATION", "Choose an esthetician from the list.", {
          fieldErrors: { preferredStaffId: ["Choose an esthetician from the list."] },
        });
    }
    const prefs = { reminders: input.reminders, nudges: input.nudges };
    await tx.notificationPreference.upsert({ where: { userId: client.id }, create: { userId: client.id, ...prefs }, update: prefs });
    await tx.user.update({ where: { id: client.id }, data: { preferredStaffId: input.preferredStaffId } });
    await recordAudit(tx, actor, {
      action: "client.preferences",
      entityType: "client",
      entityId: client.id,
      details: { ...prefs, preferredStaffId: input.preferredStaffId },
    });
    return { id: client.id };
  });
}

export type IntakeLinkOutcome = "visit" | "general" | "invitation";

/**
 * "Send intake link now": for the client's next visit that still needs an intake, the intake
 * request about that visit; without one, a general link to the form. A client who cannot sign in
 * yet gets a fresh set-password link instead (it invites them to the form too).
 */
export async function sendIntakeLinkNow(actor: Actor, input: { clientId: string }, now = new Date()): Promise<{ sent: IntakeLinkOutcome }> {
  assertCan(actor, "clients:manage");
  return db.$transaction(async (tx) => {
    const client = await lockClient(tx, actor, input.clientId);
    if (!client.email) throw new AppError("CONFLICT", "Add the client's email address first: the link goes by email.");
    let sent: IntakeLinkOutcome;
    if (!client.passwordHash) {
      await sendSetPasswordLink(tx, actor, { clientId: client.id, now });
      sent = "invitation";
    } else {
      const next = await tx.appointment.findMany({
        where: { clientId: client.id, status: { in: ["BOOKED", "CHECKED_IN"] }, endsAt: { gt: now }, service: { requiresIntake: true } },
        orderBy: { startsAt: "asc" },
        select: { id: true },
        take: 1,
      });
      if (next[0]) {
        if (!(await queueIntakeRequest(tx, next[0].id, now)))
          throw new AppError("CONFLICT", "Their intake is current for their next visit.");
        sent = "visit";
      } else {
        await queueIntakeLink(tx, { client: { ...client, email: client.email }, location: await requireSpaLocation(tx), now });
        sent = "general";
      }
    }
    await recordAudit(tx, actor, { action: "client.send-intake-link", entityType: "client", entityId: client.id, details: { sent } });
    return { sent };
  });
}

/** A fresh set-password link (earlier ones stop working), from the client's page. */
export async function sendPasswordLinkNow(actor: Actor, input: { clientId: string }, now = new Date()) {
  assertCan(actor, "clients:manage");
  return db.$transaction(async (tx) => {
    const client = await lockClient(tx, actor, input.clientId);
    await sendSetPasswordLink(tx, actor, { clientId: client.id, now });
    return { id: client.id };
  });
}
