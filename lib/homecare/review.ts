import "server-only";
import { randomUUID } from "node:crypto";
import { recordAudit } from "@/lib/audit/record";
import type { Actor } from "@/lib/auth/policy";
import { requireChartAppointment, type ChartAppointment } from "@/lib/chart/access";
import { db, type JsonInput } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import { notifyHomecarePublished } from "@/lib/homecare/messages/outbox";
import { applyPlanEdit } from "./edit";
import { planContentSchema, type PlanEdit } from "./schema";
import type { HomecarePlan, PlanLine } from "./types";

export interface PlanEditEntry {
  id: string;
  kind: "ADD" | "EDIT" | "REMOVE";
  section: string;
  lineId: string;
  before: PlanLine | null;
  after: PlanLine | null;
  createdAt: Date;
  editorName: string;
}

export interface PlanReview {
  appointment: ChartAppointment;
  plan: {
    id: string;
    state: "DRAFT" | "PUBLISHED";
    content: HomecarePlan;
    engineVersion: string;
    publishedAt: Date | null;
    publishedByName: string | null;
    edits: PlanEditEntry[];
  } | null;
}

const NO_PLAN = "There is no homecare plan yet: it is drafted when the treatment note is signed.";

async function requireManaged(actor: Actor, appointmentId: string) {
  return requireChartAppointment(actor, appointmentId, "homecare:manage");
}

/** The plan beside the note for its esthetician (or an admin), with its edit history. Audited. */
export async function getPlanForReview(actor: Actor, appointmentId: string): Promise<PlanReview> {
  const appointment = await requireManaged(actor, appointmentId);
  const row = await db.homecarePlan.findUnique({
    where: { appointmentId: appointment.id },
    select: {
      id: true,
      state: true,
      content: true,
      engineVersion: true,
      publishedAt: true,
      publishedBy: { select: { name: true } },
      edits: {
        orderBy: { createdAt: "asc" },
        select: {
          id: true,
          kind: true,
          section: true,
          lineId: true,
          before: true,
          after: true,
          createdAt: true,
          editor: { select: { name: true } },
        },
      },
    },
  });
  await recordAudit(db, actor, {
    action: "homecare.read",
    entityType: "homecare_plan",
    entityId: row?.id ?? appointment.id,
    details: { appointmentId: appointment.id },
  });
  if (!row) return { appointment, plan: null };
  return {
    appointment,
    plan: {
      id: row.id,
      state: row.state,
      content: planContentSchema.parse(row.content),
      engineVersion: row.engineVersion,
      publishedAt: row.publishedAt,
      publishedByName: row.publishedBy?.name ?? null,
      edits: row.edits.map(({ editor, before, after, ...edit }) => ({
        ...edit,
        before: before as PlanLine | null,
        after: after as PlanLine | null,
        editorName: editor.name,
      })),
    },
  };
}

/** Adds, edits or removes one line; the change is kept with who made it and when. */
export async function editPlanLine(actor: Actor, edit: PlanEdit, now = new Date()) {
  const appointment = await requireManaged(actor, edit.appointmentId);
  return db.$transaction(async (tx) => {
    // Row lock: two estheticians' edits apply one after the other, never over each other.
    const locked = await tx.$queryRaw<{ id: string; content: unknown }[]>`
      SELECT "id", "content" FROM "homecare_plan" WHERE "appointment_id" = ${appointment.id}::uuid FOR UPDATE`;
    const plan = locked[0];
    if (!plan) throw new AppError("NOT_FOUND", NO_PLAN);
    const applied = applyPlanEdit(planContentSchema.parse(plan.content), edit, randomUUID());
    if (!applied) throw new AppError("NOT_FOUND", "That line is no longer in the plan. Reload the page.");
    await tx.homecarePlan.update({ where: { id: plan.id }, data: { content: applied.plan as unknown as JsonInput, updatedAt: now } });
    const json = (line: PlanLine | null) => (line ? (line as unknown as JsonInput) : undefined);
    await tx.homecarePlanEdit.create({
      data: {
        planId: plan.id,
        editorId: actor.userId,
        kind: edit.kind,
        section: edit.section,
        lineId: applied.lineId,
        before: json(applied.before),
        after: json(applied.after),
        createdAt: now,
      },
    });
    await recordAudit(tx, actor, {
      action: "homecare.edit",
      entityType: "homecare_plan",
      entityId: plan.id,
      details: { kind: edit.kind, section: edit.section, lineId: applied.lineId },
    });
    return { lineId: applied.lineId };
  });
}

/** Publishes the plan to the client. Publishing twice is a CONFLICT. */
export async function publishPlan(actor: Actor, appointmentId: string, now = new Date()) {
  const appointment = await requireManaged(actor, appointmentId);
  return db.$transaction(async (tx) => {
    const plan = await tx.homecarePlan.findUnique({ where: { appointmentId: appointment.id }, select: { id: true, state: true } });
    if (!plan) throw new AppError("NOT_FOUND", NO_PLAN);
    const { count } = await tx.homecarePlan.updateMany({
      where: { id: plan.id, state: "DRAFT" },
      data: { state: "PUBLISHED", publishedAt: now, publishedById: actor.userId },
    });
    if (count === 0) throw new AppError("CONFLICT", "This plan is already published.");
    await recordAudit(tx, actor, {
      action: "homecare.publish",
      entityType: "homecare_plan",
      entityId: plan.id,
      details: { appointmentId: appointment.id },
    });
    await notifyHomecarePublished(tx, { planId: plan.id }, now);
    return { id: plan.id, publishedAt: now };
  });
}
