import "server-only";
import { recordAudit } from "@/lib/audit/record";
import { computeAvoidModel } from "@/lib/contraindications";
import type { DbClient, JsonInput } from "@/lib/db/client";
import { getLocalDate } from "@/lib/dates/local-date";
import { auditIntake } from "@/lib/intake/audit";
import { loadSubmissions, loadValidMonths, validityOf } from "@/lib/intake/store";
import { judgeService } from "../eligibility";
import { notifyReviewRaised } from "../messages/review-outbox";

export type ReviewTrigger = "INTAKE" | "RESCHEDULE" | "MOVE";

/** Where the review table is read for "needs review": the one open row of an appointment. */
export const OPEN_REVIEW = { where: { resolvedAt: null }, take: 1 } as const;

const CLEARED_NOTE = {
  CLEARED: "Cleared by a new intake.",
  MOVED: "Cleared by the new date.",
  SERVICE_CHANGED: "Cleared by the new treatment.",
} as const;

export interface StoredReviewReason {
  ruleId: string;
  ruleName: string;
  clientReason: string;
  /** For "until cleared": when it ends, in the client's words. */
  clearedWhen?: string | null;
}

/**
 * Re-judges the client's upcoming booked appointments (or just `appointmentIds`) against their
 * latest intake, inside the caller's transaction: a new intake, a reschedule, a move.
 * - ruled out on its date and no open review → a review is opened, the client and the esthetician
 *   are told (no health details in either message), audited;
 * - no longer ruled out and a review is open → it is resolved (`clearedAs`: CLEARED by an intake,
 *   MOVED by a move), audited.
 * An appointment whose date the intake is not current for is left alone: nothing can be judged.
 */
export async function recheckAppointments(
  tx: DbClient,
  options: {
    clientId: string;
    appointmentIds?: string[];
    trigger: ReviewTrigger;
    actorId: string;
    now: Date;
    /** How an open review that no longer applies is recorded (default: CLEARED by an intake, MOVED otherwise). */
    clearedAs?: "CLEARED" | "MOVED" | "SERVICE_CHANGED";
  },
): Promise<{ raised: string[]; cleared: string[] }> {
  const { clientId, trigger, actorId, now } = options;
  const appointments = await tx.appointment.findMany({
    where: {
      clientId,
      status: "BOOKED",
      startsAt: { gt: now },
      ...(options.appointmentIds ? { id: { in: options.appointmentIds } } : {}),
    },
    orderBy: { startsAt: "asc" },
    select: {
      id: true,
      startsAt: true,
      service: { select: { name: true, steps: true } },
      location: { select: { id: true, name: true, phone: true, email: true, timeZone: true } },
      reviews: { ...OPEN_REVIEW, select: { id: true } },
    },
  });
  const result = { raised: [] as string[], cleared: [] as string[] };
  if (appointments.length === 0) return result;
  const [latest] = await loadSubmissions(tx, clientId, 1);
  if (!latest) return result;
  await auditIntake(tx, actorId, {
    action: "intake.read",
    entityType: "intake_submission",
    entityId: latest.id,
    details: { purpose: "appointment-recheck", clientId, trigger },
  });
  for (const appointment of appointments) {
    const visitDate = getLocalDate(appointment.startsAt, appointment.location.timeZone);
    if (!validityOf(latest.submittedOn, visitDate, await loadValidMonths(tx, appointment.location.id)).isCurrent) continue;
    const avoid = computeAvoidModel({ intake: latest.answers, visitDate });
    const judged = judgeService(avoid, { ...appointment.service, location: appointment.location }, visitDate);
    const open = appointment.reviews[0];
    if (judged.block && !open) {
      const reasons: StoredReviewReason[] = judged.block.reasons.map(({ ruleId, ruleName, clientReason }) => ({
        ruleId,
        ruleName,
        clientReason,
      }));
      const review = await tx.appointmentReview.create({
        data: {
          appointmentId: appointment.id,
          trigger,
          reasons: reasons as unknown as JsonInput,
          blockedUntil: judged.block.until,
          raisedAt: now,
          raisedById: actorId,
        },
        select: { id: true },
      });
      await recordAudit(
        tx,
        { userId: actorId },
        {
          action: "appointment.review-raised",
          entityType: "appointment",
          entityId: appointment.id,
          details: { reviewId: review.id, trigger, rules: reasons.map((reason) => reason.ruleId), until: judged.block.until },
        },
      );
      await notifyReviewRaised(tx, { appointmentId: appointment.id, trigger }, now);
      result.raised.push(appointment.id);
    } else if (!judged.block && open) {
      const resolution = options.clearedAs ?? (trigger === "INTAKE" ? "CLEARED" : "MOVED");
      await tx.appointmentReview.update({
        where: { id: open.id },
        data: { resolvedAt: now, resolvedById: actorId, resolution, resolutionNote: CLEARED_NOTE[resolution] },
      });
      await recordAudit(
        tx,
        { userId: actorId },
        {
          action: "appointment.review-resolved",
          entityType: "appointment",
          entityId: appointment.id,
          details: { reviewId: open.id, resolution },
        },
      );
      result.cleared.push(appointment.id);
    }
  }
  return result;
}
