import "server-only";
import { recordAudit } from "@/lib/audit/record";
import type { Actor } from "@/lib/auth/policy";
import { readNoteContent } from "@/lib/consultation/schema";
import type { DbClient, JsonInput } from "@/lib/db/client";
import { loadSubmissions } from "@/lib/intake/store";
import { getLocalDate } from "@/lib/dates/local-date";
import { buildHomecarePlan } from "@/lib/homecare/engine";
import { homecareFlags } from "@/lib/homecare/flags";

/**
 * Drafts the homecare plan from the signed note, the client's latest intake, its flags and the
 * active catalogue. Called inside signNote's transaction (lib/consultation/note-commands.ts), so a
 * signed note always has a draft plan; the caller has already authorised the actor. A plan that
 * already exists is left as it is (a signed note cannot be signed again, so this only guards).
 */
export async function draftHomecarePlan(tx: DbClient, actor: Pick<Actor, "userId">, options: { appointmentId: string }) {
  const { appointmentId } = options;
  const existing = await tx.homecarePlan.findUnique({ where: { appointmentId }, select: { id: true } });
  if (existing) return existing;
  const appointment = await tx.appointment.findUniqueOrThrow({
    where: { id: appointmentId },
    select: { clientId: true, startsAt: true, location: { select: { timeZone: true } } },
  });
  const note = await tx.treatmentNote.findUniqueOrThrow({ where: { appointmentId }, select: { content: true } });
  const [latest] = await loadSubmissions(tx, appointment.clientId, 1);
  const catalogue = await tx.product.findMany({
    where: { active: true },
    orderBy: { name: "asc" },
    select: { id: true, name: true, ingredients: true },
  });
  const visitDate = getLocalDate(appointment.startsAt, appointment.location.timeZone);
  const intake = latest?.answers ?? null;
  const content = readNoteContent(note.content);
  const plan = buildHomecarePlan({ intake, note: content, flags: homecareFlags(intake, visitDate), catalogue, visitDate });
  const created = await tx.homecarePlan.create({
    data: { appointmentId, clientId: appointment.clientId, content: plan as unknown as JsonInput, engineVersion: plan.version },
    select: { id: true },
  });
  await recordAudit(tx, actor, {
    action: "homecare.draft",
    entityType: "homecare_plan",
    entityId: created.id,
    details: { appointmentId, engineVersion: plan.version, intakeSubmissionId: latest?.id ?? null },
  });
  return created;
}
