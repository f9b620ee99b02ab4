import "server-only";
import type { z } from "zod";
import type { Actor } from "@/lib/auth/policy";
import { db } from "@/lib/db/client";
import type { InputJsonValue } from "@/lib/db/generated/internal/prismaNamespace";
import { AppError } from "@/lib/errors/app-error";
import { draftHomecarePlan } from "./draft-plan";
import { zodFieldErrors } from "@/lib/errors/to-action-result";
import { auditChart, requireChartAppointment } from "@/lib/chart/access";
import { loadChartContext } from "./flags";
import { checkNote } from "./note-rules";
import { amendNoteSchema, saveNoteSchema, type NoteContent } from "./schema";

const LOCKED = "This note is signed and locked. Add a dated amendment beneath it instead.";

function parse<T extends z.ZodType>(schema: T, input: unknown): z.output<T> {
  const parsed = schema.safeParse(input);
  if (!parsed.success) throw new AppError("VALIDATION", "Please correct the highlighted fields.", { fieldErrors: zodFieldErrors(parsed.error) });
  return parsed.data;
}

/** Validates the note against the chart (flagged steps, refused products); returns the appointment. */
async function prepareNote(actor: Actor, input: unknown) {
  const { appointmentId, content } = parse(saveNoteSchema, input);
  const appointment = await requireChartAppointment(actor, appointmentId, "chart:write-notes");
  if (appointment.status === "NO_SHOW") throw new AppError("CONFLICT", "The client did not come to this visit, so it takes no treatment note.");
  const { flags, catalogue } = await loadChartContext(actor, appointment, "note");
  const fieldErrors = checkNote(content, flags, catalogue);
  if (Object.keys(fieldErrors).length > 0) {
    const message = fieldErrors.productIds?.[0] ?? "Please correct the highlighted fields.";
    throw new AppError("VALIDATION", message, { fieldErrors });
  }
  return { appointment, content };
}

async function writeNote(actor: Actor, options: { appointmentId: string; content: NoteContent; signedAt: Date | null }) {
  const { appointmentId, content, signedAt } = options;
  return db.$transaction(async (tx) => {
    const existing = await tx.treatmentNote.findUnique({ where: { appointmentId }, select: { signedAt: true } });
    if (existing?.signedAt) throw new AppError("CONFLICT", LOCKED);
    const data = { content: content as unknown as InputJsonValue, signedAt };
    const note = await tx.treatmentNote.upsert({
      where: { appointmentId },
      create: { appointmentId, authorId: actor.userId, ...data },
      update: data,
      select: { id: true, updatedAt: true, signedAt: true },
    });
    await auditChart(tx, actor, { action: signedAt ? "note.sign" : "note.save", appointmentId, details: { noteId: note.id } });
    if (signedAt) await draftHomecarePlan(tx, actor, { appointmentId });
    return note;
  });
}

/** Autosave of the note while it is a draft. A signed note is refused (CONFLICT). */
export async function saveNoteDraft(actor: Actor, input: unknown) {
  const { appointment, content } = await prepareNote(actor, input);
  return writeNote(actor, { appointmentId: appointment.id, content, signedAt: null });
}

/** Saves the final content and signs: from now on the note is immutable (command and trigger). */
export async function signNote(actor: Actor, input: unknown, now = new Date()) {
  const { appointment, content } = await prepareNote(actor, input);
  return writeNote(actor, { appointmentId: appointment.id, content, signedAt: now });
}

/** A dated, attributed correction beneath a signed note. */
export async function amendNote(actor: Actor, input: unknown, now = new Date()) {
  const { appointmentId, text } = parse(amendNoteSchema, input);
  await requireChartAppointment(actor, appointmentId, "chart:write-notes");
  return db.$transaction(async (tx) => {
    const note = await tx.treatmentNote.findUnique({ where: { appointmentId }, select: { id: true, signedAt: true } });
    if (!note?.signedAt) throw new AppError("CONFLICT", "Only a signed note takes amendments; edit the draft instead.");
    const amendment = await tx.treatmentNoteAmendment.create({
      data: { noteId: note.id, authorId: actor.userId, text, createdAt: now },
      select: { id: true, createdAt: true },
    });
    await auditChart(tx, actor, { action: "note.amend", appointmentId, details: { noteId: note.id, amendmentId: amendment.id } });
    return amendment;
  });
}

/** Marks the visit completed; only once its treatment note is signed. */
export async function completeAppointment(actor: Actor, appointmentId: string, now = new Date()) {
  const appointment = await requireChartAppointment(actor, appointmentId, "chart:write-notes");
  if (appointment.startsAt > now) throw new AppError("CONFLICT", "This visit has not started yet.");
  return db.$transaction(async (tx) => {
    const note = await tx.treatmentNote.findUnique({ where: { appointmentId }, select: { signedAt: true } });
    if (!note?.signedAt) throw new AppError("CONFLICT", "Sign the treatment note before completing the appointment.");
    // Conditional on the status, so a cancellation or no-show recorded meanwhile is never overwritten.
    const { count } = await tx.appointment.updateMany({
      where: { id: appointmentId, status: { in: ["BOOKED", "CHECKED_IN"] } },
      data: { status: "COMPLETED" },
    });
    if (count === 0) throw new AppError("CONFLICT", "Only a booked or checked-in appointment can be completed.");
    const updated = { id: appointmentId, status: "COMPLETED" as const };
    await auditChart(tx, actor, { action: "appointment.complete", appointmentId });
    return updated;
  });
}

/** For the booking engineer: throws CONFLICT unless the appointment's note is signed. */
export async function assertNoteSigned(appointmentId: string): Promise<void> {
  const note = await db.treatmentNote.findUnique({ where: { appointmentId }, select: { signedAt: true } });
  if (!note?.signedAt) throw new AppError("CONFLICT", "Sign the treatment note before completing the appointment.");
}
