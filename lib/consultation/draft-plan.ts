import "server-only";
import { recordAudit } from "@/lib/audit/record";
import type { Actor } from "@/lib/auth/policy";
import { readNoteContent } from "@/lib/consultation/schema";
import type { DbClient, JsonInput } from "@/lib/db/client";
import { getIntakeForVisit } from "@/lib/intake/queries";
import { getLocalDate } from "@/lib/dates/local-date";
import { avoidModelForPlan } from "@/lib/homecare/avoid-model";
import { buildHomecarePlan } from "@/lib/homecare/engine";

/**
 * Drafts the homecare plan from the signed note, the intake as it stood for the visit (the latest
 * submitted by the visit's end; an expired one marks the draft "intake out of date"), the avoid
 * model and the active catalogue. Called inside signNote's transaction
 * (lib/consultation/note-commands.ts), so a signed note always has a draft plan; the caller has
 * already authorised the actor. A plan that already exists is left as it is.
 */
export async function draftHomecarePlan(tx: DbClient, actor: Pick<Actor, "userId">, options: { appointmentId: string }) {
  const { appointmentId } = options;
  const existing = await tx.homecarePlan.findUnique({ where: { appointmentId }, select: { id: true } });
  if (existing) return existing;
  const appointment = await tx.appointment.findUniqueOrThrow({
    where: { id: appointmentId },
    select: {
      clientId: true,
      startsAt: true,
      endsAt: true,
      service: { select: { steps: true } },
      location: { select: { id: true, timeZone: true } },
    },
  });
  const note = await tx.treatmentNote.findUniqueOrThrow({ where: { appointmentId }, select: { content: true } });
  const visitDate = getLocalDate(appointment.startsAt, appointment.location.timeZone);
  const intake = await getIntakeForVisit(tx, appointment.clientId, {
    visitDate,
    asOf: appointment.endsAt,
    locationId: appointment.location.id,
    readerId: actor.userId,
    purpose: "homecare-draft",
  });
  const catalogue = await tx.product.findMany({
    where: { active: true },
    orderBy: { name: "asc" },
    select: { id: true, name: true, ingredients: true },
  });
  const answers = intake.submission?.answers ?? null;
  const content = readNoteContent(note.content);
  const plan = buildHomecarePlan({
    intake: answers,
    intakeState: { state: intake.state, submittedOn: intake.submission?.submittedOn ?? null },
    note: content,
    avoid: avoidModelForPlan({ intake: answers, visitDate, note: content }),
    catalogue,
    visitDate,
    serviceSteps: appointment.service.steps,
  });
  const created = await tx.homecarePlan.create({
    data: { appointmentId, clientId: appointment.clientId, content: plan as unknown as JsonInput, engineVersion: plan.version },
    select: { id: true },
  });
  await recordAudit(tx, actor, {
    action: "homecare.draft",
    entityType: "homecare_plan",
    entityId: created.id,
    details: { appointmentId, engineVersion: plan.version, intakeSubmissionId: intake.submission?.id ?? null, intakeState: intake.state },
  });
  return created;
}
