import "server-only";
import { randomUUID } from "node:crypto";
import { recordAudit } from "@/lib/audit/record";
import type { Actor } from "@/lib/auth/policy";
import { requireChartAppointment, type ChartAppointment } from "@/lib/chart/access";
import { db, type DbClient, type JsonInput } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import { notifyHomecarePublished } from "@/lib/homecare/messages/outbox";
import { editConflicts, recommendedByText, type LineConflict } from "./consistency";
import { applyPlanEdit } from "./edit";
import { planContentSchema, type ConfirmProductInput, type PlanEdit } from "./schema";
import type { HomecarePlan, PlanLine, PlanSection } from "./types";

export interface PlanEditEntry {
  id: string;
  kind: "ADD" | "EDIT" | "REMOVE" | "CONFIRM";
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

/**
 * Adds, edits or removes one line; the change is kept with who made it and when. A line whose words
 * recommend something the client must avoid (the plan's avoid model) or another line forbids is
 * refused with the conflicts, unless the edit gives the reason to keep it (`override`): then the
 * line keeps the acknowledgement (who, when, why, against what) and the audit entry says so.
 */
export async function editPlanLine(actor: Actor, edit: PlanEdit, now = new Date()) {
  const appointment = await requireManaged(actor, edit.appointmentId);
  return db.$transaction(async (tx) => {
    const plan = await lockPlan(tx, appointment.id);
    const content = planContentSchema.parse(plan.content);
    const applied = applyPlanEdit(content, edit, randomUUID());
    if (!applied) throw new AppError("NOT_FOUND", "That line is no longer in the plan. Reload the page.");
    let after = applied.after;
    let result = applied.plan;
    if (after && edit.kind !== "REMOVE") {
      const conflicts = editConflicts(applied.plan, after);
      const override = edit.override?.trim() ?? "";
      if (conflicts.length > 0 && override === "") {
        throw new AppError("CONFLICT", conflictMessage(conflicts), { data: { conflicts } });
      }
      if (conflicts.length > 0) {
        after = {
          ...after,
          recommends: [{ tags: recommendedByText(after.text), from: content.visitDate }],
          acknowledged: { reason: override, conflicts: conflicts.map(describeConflict), by: actor.name, at: now.toISOString() },
        };
        result = replaceLine(applied.plan, edit.section, after);
      }
    }
    await tx.homecarePlan.update({ where: { id: plan.id }, data: { content: result as unknown as JsonInput, updatedAt: now } });
    await recordEdit(tx, actor, {
      planId: plan.id,
      kind: edit.kind,
      section: edit.section,
      lineId: applied.lineId,
      before: applied.before,
      after,
      now,
    });
    return { lineId: applied.lineId };
  });
}

/** A person has checked a suggested product's label against the client's unreadable allergy (or with the client, without an intake). */
export async function confirmPlanProduct(actor: Actor, input: ConfirmProductInput, now = new Date()) {
  const appointment = await requireManaged(actor, input.appointmentId);
  return db.$transaction(async (tx) => {
    const plan = await lockPlan(tx, appointment.id);
    const content = planContentSchema.parse(plan.content);
    const before = content.sections.products.find((line) => line.id === input.lineId);
    if (!before) throw new AppError("NOT_FOUND", "That product is no longer in the plan. Reload the page.");
    if (!before.confirmation) throw new AppError("CONFLICT", "That product needs no label check.");
    if (before.confirmation.confirmedAt) throw new AppError("CONFLICT", "That product's label was already checked.");
    const after: PlanLine = {
      ...before,
      confirmation: { ...before.confirmation, confirmedBy: actor.name, confirmedAt: now.toISOString() },
    };
    const result = replaceLine(content, "products", after);
    await tx.homecarePlan.update({ where: { id: plan.id }, data: { content: result as unknown as JsonInput, updatedAt: now } });
    await recordEdit(tx, actor, { planId: plan.id, kind: "CONFIRM", section: "products", lineId: before.id, before, after, now });
    return { lineId: before.id };
  });
}

// Row lock: two estheticians' edits apply one after the other, never over each other.
async function lockPlan(tx: DbClient, appointmentId: string) {
  const locked = await tx.$queryRaw<{ id: string; content: unknown }[]>`
    SELECT "id", "content" FROM "homecare_plan" WHERE "appointment_id" = ${appointmentId}::uuid FOR UPDATE`;
  const plan = locked[0];
  if (!plan) throw new AppError("NOT_FOUND", NO_PLAN);
  return plan;
}

function replaceLine(plan: HomecarePlan, section: PlanSection, line: PlanLine): HomecarePlan {
  const lines = plan.sections[section].map((current) => (current.id === line.id ? line : current));
  return { ...plan, sections: { ...plan.sections, [section]: lines } };
}

async function recordEdit(
  tx: DbClient,
  actor: Actor,
  entry: {
    planId: string;
    kind: PlanEditEntry["kind"];
    section: string;
    lineId: string;
    before: PlanLine | null;
    after: PlanLine | null;
    now: Date;
  },
) {
  const json = (line: PlanLine | null) => (line ? (line as unknown as JsonInput) : undefined);
  await tx.homecarePlanEdit.create({
    data: {
      planId: entry.planId,
      editorId: actor.userId,
      kind: entry.kind,
      section: entry.section,
      lineId: entry.lineId,
      before: json(entry.before),
      after: json(entry.after),
      createdAt: entry.now,
    },
  });
  const acknowledged = entry.after?.acknowledged;
  await recordAudit(tx, actor, {
    action: entry.kind === "CONFIRM" ? "homecare.confirm-product" : "homecare.edit",
    entityType: "homecare_plan",
    entityId: entry.planId,
    details: {
      kind: entry.kind,
      section: entry.section,
      lineId: entry.lineId,
      ...(acknowledged ? { override: { reason: acknowledged.reason, conflicts: acknowledged.conflicts } } : {}),
    },
  });
}

const describeConflict = (conflict: LineConflict) => `${conflict.what}: ${conflict.against} (${conflict.until})`;

function conflictMessage(conflicts: readonly LineConflict[]): string {
  const list = conflicts.map(describeConflict).join("; ");
  return `This line recommends something this client must avoid — ${list}. Change it, or give the reason to keep it.`;
}

/** Publishes the plan to the client. Publishing twice is a CONFLICT. */
export async function publishPlan(actor: Actor, appointmentId: string, now = new Date()) {
  const appointment = await requireManaged(actor, appointmentId);
  return db.$transaction(async (tx) => {
    const plan = await tx.homecarePlan.findUnique({
      where: { appointmentId: appointment.id },
      select: { id: true, state: true, content: true },
    });
    if (!plan) throw new AppError("NOT_FOUND", NO_PLAN);
    const unchecked = planContentSchema
      .parse(plan.content)
      .sections.products.filter((line) => line.confirmation && !line.confirmation.confirmedAt);
    if (unchecked.length > 0) {
      throw new AppError(
        "CONFLICT",
        `Check the label of ${unchecked.length === 1 ? "this product" : "these products"} first, or remove them: ${unchecked.map((line) => line.text.replace(/\..*$/, "")).join(", ")}.`,
      );
    }
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
