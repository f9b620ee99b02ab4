import "server-only";
import { recordAudit } from "@/lib/audit/record";
import { assertCan } from "@/lib/auth/assert-can";
import { rateLimited } from "@/lib/auth/commands";
import { verifyPassword } from "@/lib/auth/password";
import type { Actor } from "@/lib/auth/policy";
import { consumeRateLimit, PASSWORD_CHECK_RULE, rateLimitKey, SIGN_UP_EMAIL_RULE } from "@/lib/auth/rate-limit";
import { pairThrottleKey } from "@/lib/auth/sign-in-throttle-rules";
import { FREEING_STATUSES } from "@/lib/booking/load-schedule";
import { announceAppointmentChange } from "@/lib/booking/schedule-changes";
import { db, type DbClient, type JsonInput } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import { endClientWaitlist } from "@/lib/waitlist/commands";
import { isUniqueViolation } from "@/lib/errors/postgres";
import { loadPhotoConsents, recordPhotoConsentChoices } from "@/lib/intake/photo-consent";
import type { DeclineErasureData, ErasureRequestData, PrivacyRequestIdData } from "./schema";
import { erasedClientName, redactIntakeAnswers } from "./views";

const WRONG_PASSWORD = "That is not your password.";
/** Why a visit or message ended; the same words in the calendar, the email log and the audit. */
export const ERASURE_REASON = "The client's personal data was erased at their request.";

/**
 * A client asks for their personal data to be erased. The password is typed again (a browser
 * left open is not enough), limited per account like a password change. One open request per
 * client: asking twice is a CONFLICT. Audited without any personal data.
 */
export async function requestErasure(actor: Actor, input: ErasureRequestData, now = new Date()): Promise<{ id: string }> {
  assertCan(actor, "privacy:request-erasure");
  const decision = await consumeRateLimit(PASSWORD_CHECK_RULE, actor.userId, { now });
  if (!decision.allowed) throw rateLimited(decision.retryAfterMs);
  const user = await db.user.findFirst({ where: { id: actor.userId, erasedAt: null }, select: { passwordHash: true } });
  if (!user) throw new AppError("UNAUTHENTICATED", "Please sign in to continue.");
  if (!user.passwordHash || !(await verifyPassword(user.passwordHash, input.password))) {
    throw new AppError("VALIDATION", WRONG_PASSWORD, { fieldErrors: { password: [WRONG_PASSWORD] } });
  }
  try {
    return await db.$transaction(async (tx) => {
      const request = await tx.privacyRequest.create({ data: { clientId: actor.userId, requestedAt: now }, select: { id: true } });
      await recordAudit(tx, actor, { action: "privacy.erasure-request", entityType: "privacy_request", entityId: request.id });
      return request;
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new AppError("CONFLICT", "You have already asked for erasure. The spa will decide soon.");
    throw error;
  }
}

/** Locks an open request; a decided or unknown one is refused (two admins cannot both decide). */
async function lockPendingRequest(tx: DbClient, requestId: string) {
  const rows = await tx.$queryRaw<{ id: string; clientId: string; status: string }[]>`
    SELECT id, client_id AS "clientId", status::text AS status FROM privacy_request WHERE id = ${requestId}::uuid FOR UPDATE`;
  const request = rows[0];
  if (!request) throw new AppError("NOT_FOUND", "That request was not found.");
  if (request.status !== "PENDING") throw new AppError("CONFLICT", "That request has already been decided.");
  return request;
}

/** An admin declines a request, with a reason the client sees on their privacy page. */
export async function declineErasure(actor: Actor, input: DeclineErasureData, now = new Date()): Promise<{ id: string }> {
  assertCan(actor, "privacy:manage-requests");
  return db.$transaction(async (tx) => {
    const request = await lockPendingRequest(tx, input.requestId);
    await tx.privacyRequest.update({
      where: { id: request.id },
      data: { status: "DECLINED", decidedAt: now, decidedById: actor.userId, declineReason: input.reason },
    });
    await recordAudit(tx, actor, {
      action: "privacy.erasure-decline",
      entityType: "privacy_request",
      entityId: request.id,
      details: { clientId: request.clientId, reason: input.reason },
    });
    return { id: request.id };
  });
}

/**
 * An admin approves a request: the client's personal data is anonymised in the same transaction
 * (anonymiseClient), so there is no moment in which the request is approved but the data still
 * there. The audit entry holds ids and counts only, never what was erased.
 */
export async function approveErasure(actor: Actor, input: PrivacyRequestIdData, now = new Date()) {
  assertCan(actor, "privacy:manage-requests");
  return db.$transaction(async (tx) => {
    const request = await lockPendingRequest(tx, input.requestId);
    const erased = await anonymiseClient(tx, actor, request.clientId, now);
    await tx.privacyRequest.update({ where: { id: request.id }, data: { status: "APPROVED", decidedAt: now, decidedById: actor.userId } });
    await recordAudit(tx, actor, {
      action: "privacy.erasure-approve",
      entityType: "privacy_request",
      entityId: request.id,
      details: { clientId: request.clientId, ...erased },
    });
    return { id: request.id, ...erased };
  });
}

export type ErasureCounts = {
  cancelledVisits: number;
  cancelledMessages: number;
  redactedMessages: number;
  redactedIntakes: number;
  endedSessions: number;
  endedWaitlistEntries: number;
};

/**
 * Anonymises one client at once (docs/decisions/0029): future visits cancelled and their time
 * freed (without emailing anyone), waitlist entries ended and their holds released, pending messages withdrawn and every message's address and
 * content blanked, contact details, free text, the intake draft, preferences, sign-in means and
 * sessions gone, the identifying sections of signed intakes blanked, marketing photo consent
 * withdrawn. Kept for the retention period: visits (anonymous), treatment notes, the clinical
 * answers and signature of intakes, consents, clinical photos and homecare plans.
 */
export async function anonymiseClient(tx: DbClient, actor: Actor, clientId: string, now: Date): Promise<ErasureCounts> {
  const rows = await tx.$queryRaw<{ id: string; email: string | null; role: string; erasedAt: Date | null }[]>`
    SELECT id, email, role::text AS role, erased_at AS "erasedAt" FROM app_user WHERE id = ${clientId}::uuid FOR UPDATE`;
  const client = rows[0];
  if (!client || client.role !== "CLIENT") throw new AppError("NOT_FOUND", "That client was not found.");
  if (client.erasedAt) throw new AppError("CONFLICT", "This client's data has already been erased.");

  // Free text the client (or staff about them) wrote on visits, then the future visits, cancelled.
  await tx.appointment.updateMany({ where: { clientId }, data: { clientNotes: "" } });
  await tx.appointment.updateMany({ where: { clientId, status: { in: [...FREEING_STATUSES] } }, data: { cancellationReason: null } });
  const future = await tx.appointment.findMany({
    where: { clientId, status: { in: ["BOOKED", "CHECKED_IN"] }, startsAt: { gt: now } },
    select: { id: true },
  });
  for (const visit of future) {
    await tx.appointment.update({
      where: { id: visit.id },
      data: { status: "CANCELLED", cancelledAt: now, cancelledById: actor.userId, cancellationReason: ERASURE_REASON },
    });
    await tx.appointmentResource.updateMany({ where: { appointmentId: visit.id }, data: { occupying: false } });
    await tx.appointmentReview.updateMany({
      where: { appointmentId: visit.id, resolvedAt: null },
      data: { resolvedAt: now, resolvedById: actor.userId, resolution: "CANCELLED", resolutionNote: ERASURE_REASON },
    });
    await announceAppointmentChange(tx, "appointment.cancelled", visit.id);
  }
  // Off the waitlist: offers withdrawn and a time held for them released to the next client.
  const endedWaitlistEntries = await endClientWaitlist(tx, clientId, now);

  // Messages: nothing more goes out, and what went out is no longer readable in the log.
  const theirs = { OR: [{ clientId }, { appointment: { clientId } }] };
  const cancelled = await tx.emailMessage.updateMany({
    where: { ...theirs, state: { in: ["SCHEDULED", "QUEUED"] } },
    data: { state: "CANCELLED", lastError: ERASURE_REASON },
  });
  const redacted = await tx.emailMessage.updateMany({
    where: theirs,
    data: { toAddress: "erased", subject: "[erased]", html: "", text: "", attachments: [] as JsonInput },
  });

  // Signed intakes keep their clinical answers and signature; who they are and whom to call go.
  await tx.$executeRaw`SELECT set_config('glowbook.privacy_erasure', 'on', true)`;
  const intakes = await tx.intakeSubmission.findMany({ where: { clientId }, select: { id: true, answers: true } });
  for (const intake of intakes) {
    await tx.intakeSubmission.update({
      where: { id: intake.id },
      data: { answers: redactIntakeAnswers(intake.answers) as JsonInput, ip: null, userAgent: null },
    });
  }
  await tx.photoConsent.updateMany({ where: { clientId }, data: { ip: null, userAgent: null } });
  await tx.$executeRaw`SELECT set_config('glowbook.privacy_erasure', 'off', true)`;
  const consents = await loadPhotoConsents(tx, clientId);
  if (consents.MARKETING?.granted) {
    await recordPhotoConsentChoices(
      tx,
      clientId,
      { CLINICAL: consents.CLINICAL?.granted ?? false, MARKETING: false },
      { source: "ACCOUNT", ip: null, userAgent: null, now },
    );
  }

  // What only served the account: drafts, preferences, keys, tokens, sign-in means and counters.
  await tx.intakeDraft.deleteMany({ where: { clientId } });
  await tx.notificationPreference.deleteMany({ where: { userId: clientId } });
  await tx.idempotencyRecord.deleteMany({ where: { userId: clientId } });
  await tx.passwordToken.deleteMany({ where: { userId: clientId } });
  await tx.webAuthnChallenge.deleteMany({ where: { userId: clientId } });
  await tx.trustedBrowser.deleteMany({ where: { userId: clientId } });
  await tx.passkeyCredential.deleteMany({ where: { userId: clientId } });
  await tx.recoveryCode.deleteMany({ where: { userId: clientId } });
  await tx.totpCredential.deleteMany({ where: { userId: clientId } });
  if (client.email) {
    await tx.signUpRequest.deleteMany({ where: { email: client.email } });
    await tx.signInThrottle.deleteMany({ where: { key: { startsWith: pairThrottleKey(client.email, "") } } });
    await tx.rateLimitCounter.deleteMany({ where: { key: rateLimitKey(SIGN_UP_EMAIL_RULE, client.email) } });
  }
  const sessions = await tx.userSession.deleteMany({ where: { userId: clientId } });
  await tx.user.update({
    where: { id: clientId },
    data: {
      name: erasedClientName(clientId),
      email: null,
      phone: null,
      passwordHash: null,
      preferredStaffId: null,
      // Brought from the spa's previous system (issue 18): personal, not clinical.
      birthDate: null,
      importedNotes: null,
      marketingConsentAt: null,
      erasedAt: now,
    },
  });
  return {
    cancelledVisits: future.length,
    cancelledMessages: cancelled.count,
    redactedMessages: redacted.count,
    redactedIntakes: intakes.length,
    endedSessions: sessions.count,
    endedWaitlistEntries,
  };
}
