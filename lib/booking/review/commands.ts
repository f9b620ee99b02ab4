import "server-only";
import { recordAudit } from "@/lib/audit/record";
import { assertCan } from "@/lib/auth/assert-can";
import type { Actor } from "@/lib/auth/policy";
import { appointmentScope } from "@/lib/auth/scope";
import { db, type DbClient } from "@/lib/db/client";
import { getLocalDate } from "@/lib/dates/local-date";
import { AppError } from "@/lib/errors/app-error";
import { isUuid } from "@/lib/ids/uuid";
import { isLostRace, SlotTakenSignal } from "../conflict";
import { avoidModelForClient, judgeService } from "../eligibility";
import { findBookableService } from "../load-schedule";
import { withStaffRules } from "../staff-rules";
import { cancelInTransaction, moveInTransaction } from "../move-in-transaction";
import type { CancelForReviewInput, ChangeServiceInput, OverrideReviewInput } from "../schema";
import { OPEN_REVIEW } from "./recheck";

const NO_REVIEW = "This appointment no longer needs review. Reload the page.";

const reviewedAppointmentSelect = {
  id: true,
  status: true,
  clientId: true,
  staffId: true,
  startsAt: true,
  serviceId: true,
  location: { select: { id: true, timeZone: true } },
  reviews: { ...OPEN_REVIEW, select: { id: true } },
} as const;

/** The appointment (in the actor's scope), still booked and in review; NOT_FOUND or CONFLICT otherwise. */
async function findInReview(client: DbClient, actor: Actor, appointmentId: string) {
  const appointment = isUuid(appointmentId)
    ? await client.appointment.findFirst({ where: { id: appointmentId, ...appointmentScope(actor) }, select: reviewedAppointmentSelect })
    : null;
  if (!appointment) throw new AppError("NOT_FOUND", "That appointment was not found.");
  if (appointment.status !== "BOOKED" || !appointment.reviews[0]) throw new AppError("CONFLICT", NO_REVIEW);
  return { ...appointment, reviewId: appointment.reviews[0].id };
}

/** Locks the row, then re-reads it in scope: two people resolving one review apply one after the other. */
async function lockInReview(tx: DbClient, actor: Actor, appointmentId: string) {
  if (isUuid(appointmentId)) await tx.$queryRaw`SELECT id FROM appointment WHERE id = ${appointmentId}::uuid FOR UPDATE`;
  return findInReview(tx, actor, appointmentId);
}

/** The client's avoid model for the visit's date (an audited intake read, for `purpose`). */
async function modelForVisit(actor: Actor, appointment: Awaited<ReturnType<typeof findInReview>>, purpose: string) {
  const visitDate = getLocalDate(appointment.startsAt, appointment.location.timeZone);
  const { avoid } = await avoidModelForClient(db, appointment.clientId, {
    visitDate,
    locationId: appointment.location.id,
    readerId: actor.userId,
    purpose,
  });
  return { visitDate, avoid };
}

/** Keeps the booked treatment with a reason (a physician's clearance, a step to be skipped): audited. */
export async function overrideReview(actor: Actor, input: OverrideReviewInput, now = new Date()) {
  assertCan(actor, "booking:resolve-review");
  return db.$transaction(async (tx) => {
    const appointment = await lockInReview(tx, actor, input.appointmentId);
    await tx.appointmentReview.update({
      where: { id: appointment.reviewId },
      data: { resolvedAt: now, resolvedById: actor.userId, resolution: "OVERRIDDEN", resolutionNote: input.reason },
    });
    await recordAudit(tx, actor, {
      action: "appointment.review-resolved",
      entityType: "appointment",
      entityId: appointment.id,
      details: { reviewId: appointment.reviewId, resolution: "OVERRIDDEN", reason: input.reason },
    });
    return { id: appointment.id, resolution: "OVERRIDDEN" as const };
  });
}

/** Cancels without a fee (never LATE_CANCELLED: the spa asked to reconsider the visit); the client is told why. */
export async function cancelForReview(actor: Actor, input: CancelForReviewInput, now = new Date()) {
  assertCan(actor, "booking:resolve-review");
  return db.$transaction(async (tx) => {
    const appointment = await lockInReview(tx, actor, input.appointmentId);
    await cancelInTransaction(tx, { appointmentId: appointment.id, status: "CANCELLED", actorId: actor.userId, reason: input.reason, now });
    await recordAudit(tx, actor, {
      action: "appointment.cancel",
      entityType: "appointment",
      entityId: appointment.id,
      details: { from: "BOOKED", to: "CANCELLED", reason: input.reason, review: appointment.reviewId },
    });
    return { id: appointment.id, resolution: "CANCELLED" as const };
  });
}

export interface ServiceAlternative {
  id: string;
  name: string;
  durationMinutes: number;
}

/**
 * The treatments the appointment could change to: active, at its spa, performed by its esthetician,
 * and allowed by the client's intake on the visit's date. Whether the time is free for the new
 * length is the change's to check.
 */
export async function listReviewAlternatives(actor: Actor, appointmentId: string): Promise<ServiceAlternative[]> {
  assertCan(actor, "booking:resolve-review");
  const appointment = await findInReview(db, actor, appointmentId);
  const { visitDate, avoid } = await modelForVisit(actor, appointment, "review-alternatives");
  const services = await db.service.findMany({
    where: {
      active: true,
      locationId: appointment.location.id,
      id: { not: appointment.serviceId },
      staff: { some: { staffId: appointment.staffId } },
    },
    orderBy: [{ sortOrder: "asc" }, { name: "asc" }],
    select: { id: true, name: true, durationMinutes: true, steps: true },
  });
  return services
    .filter(
      (service) =>
        !avoid || !judgeService(avoid, { ...service, location: { id: appointment.location.id, phone: "", email: "" } }, visitDate).blocked,
    )
    .map(({ id, name, durationMinutes }) => ({ id, name, durationMinutes }));
}

/**
 * Changes the treatment, at the same time with the same esthetician, to one the client's intake
 * allows on that date; the review resolves as SERVICE_CHANGED and the client gets the new details.
 */
export async function changeAppointmentService(actor: Actor, input: ChangeServiceInput, now = new Date()) {
  assertCan(actor, "booking:resolve-review");
  const appointment = await findInReview(db, actor, input.appointmentId);
  const found = await findBookableService(db, input.serviceId);
  if (!found || found.location.id !== appointment.location.id) throw new AppError("NOT_FOUND", "That treatment is not offered here.");
  const { visitDate, avoid } = await modelForVisit(actor, appointment, "review-change-service");
  const judged = avoid ? judgeService(avoid, found, visitDate) : null;
  if (judged?.blocked) {
    throw new AppError("CONFLICT", `The ${found.name} is ruled out for this client on that date too (${judged.ruleNames.join("; ")}).`);
  }
  const service = withStaffRules(found);
  try {
    return await db.$transaction(async (tx) => {
      await lockInReview(tx, actor, appointment.id);
      const changed = await moveInTransaction(tx, {
        appointmentId: appointment.id,
        service,
        startsAt: appointment.startsAt,
        staffId: appointment.staffId,
        now,
        actorId: actor.userId,
        trigger: "MOVE",
        changeService: true,
      });
      await recordAudit(tx, actor, {
        action: "appointment.change-service",
        entityType: "appointment",
        entityId: appointment.id,
        details: { from: appointment.serviceId, to: service.id, review: appointment.reviewId },
      });
      return changed;
    });
  } catch (error) {
    if (!(error instanceof SlotTakenSignal) && !isLostRace(error)) throw error;
    throw new AppError(
      "CONFLICT",
      `The ${found.name} does not fit at this time with this esthetician (its length, rooms or equipment). Move the visit instead.`,
    );
  }
}
