import "server-only";
import type { Actor } from "@/lib/auth/policy";
import { auditChart, requireChartAppointment } from "@/lib/chart/access";
import { db, type DbClient, type JsonInput } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import { draftHomecarePlan } from "./draft-plan";
import { loadChartContext } from "./flags";
import { formatDateTime } from "@/lib/format/zoned";
import { canSignNow, checkNote, signOpensAt } from "./note-rules";
import type { AmendNoteInput, SaveNoteInput } from "./schema";

const LOCKED = "This note is signed and locked. Add a dated amendment beneath it instead.";

/**
 * Saves (and when `signedAt` is given, signs) the note. The chart checks (the visit in scope and
 * not missed, flagged steps, refused products) read in the same transaction that writes, so what
 * was checked is what is stored. The audited intake read commits with the note; a refused note
 * writes nothing, and its reason is shown only to the esthetician on that chart.
 */
async function writeNote(actor: Actor, input: SaveNoteInput, signedAt: Date | null) {
  return db.$transaction(async (tx) => {
    const appointment = await requireChartAppointment(actor, input.appointmentId, "chart:write-notes", tx);
    if (appointment.status === "NO_SHOW")
      throw new AppError("CONFLICT", "The client did not come to this visit, so it takes no treatment note.");
    const existing = await tx.treatmentNote.findUnique({ where: { appointmentId: appointment.id }, select: { signedAt: true } });
    if (existing?.signedAt) throw new AppError("CONFLICT", LOCKED);
    // A note records what was done: it is signed once the visit has started, never ahead of it.
    if (signedAt && !canSignNow(appointment.startsAt, signedAt)) {
      const opens = formatDateTime(signOpensAt(appointment.startsAt), appointment.location.timeZone, { date: "long", time: "short" });
      throw new AppError("CONFLICT", `This visit has not started yet: the note can be signed from ${opens}.`);
    }
    await refuseUnsafeNote(tx, actor, input, appointment);
    const data = { content: input.content as unknown as JsonInput, signedAt };
    const note = await tx.treatmentNote.upsert({
      where: { appointmentId: appointment.id },
      create: { appointmentId: appointment.id, authorId: actor.userId, ...data },
      update: data,
      select: { id: true, updatedAt: true, signedAt: true },
    });
    await auditChart(tx, actor, {
      action: signedAt ? "note.sign" : "note.save",
      appointmentId: appointment.id,
      details: { noteId: note.id },
    });
    if (signedAt) await draftHomecarePlan(tx, actor, { appointmentId: appointment.id });
    return note;
  });
}

async function refuseUnsafeNote(
  tx: DbClient,
  actor: Actor,
  input: SaveNoteInput,
  appointment: Awaited<ReturnType<typeof requireChartAppointment>>,
) {
  const { avoid, catalogue } = await loadChartContext(tx, actor, appointment, { purpose: "note", analysis: input.content.analysis });
  const fieldErrors = checkNote(input.content, avoid, catalogue);
  if (Object.keys(fieldErrors).length === 0) return;
  const message = fieldErrors.productIds?.[0] ?? "Please correct the highlighted fields.";
  throw new AppError("VALIDATION", message, { fieldErrors });
}

/** Autosave of the note while it is a draft. A signed note is refused (CONFLICT). */
export async function saveNoteDraft(actor: Actor, input: SaveNoteInput) {
  return writeNote(actor, input, null);
}

/** Saves the final content and signs: from now on the note is immutable (command and trigger). */
export async function signNote(actor: Actor, input: SaveNoteInput, now = new Date()) {
  return writeNote(actor, input, now);
}

/** A dated, attributed correction beneath a signed note. */
export async function amendNote(actor: Actor, input: AmendNoteInput, now = new Date()) {
  return db.$transaction(async (tx) => {
    const { id: appointmentId } = await requireChartAppointment(actor, input.appointmentId, "chart:write-notes", tx);
    const note = await tx.treatmentNote.findUnique({ where: { appointmentId }, select: { id: true, signedAt: true } });
    if (!note?.signedAt) throw new AppError("CONFLICT", "Only a signed note takes amendments; edit the draft instead.");
    return appendAmendment(tx, actor, { appointmentId, noteId: note.id, text: input.text, now });
  });
}

/**
 * Writes one amendment and its audit entry in the caller's transaction, for a caller that has
 * already found the signed note in scope (amendNote; a photo added to a signed visit).
 */
export async function appendAmendment(
  tx: DbClient,
  actor: Actor,
  entry: { appointmentId: string; noteId: string; text: string; now: Date; details?: Record<string, unknown> },
) {
  const amendment = await tx.treatmentNoteAmendment.create({
    data: { noteId: entry.noteId, authorId: actor.userId, text: entry.text, createdAt: entry.now },
    select: { id: true, createdAt: true },
  });
  await auditChart(tx, actor, {
    action: "note.amend",
    appointmentId: entry.appointmentId,
    details: { noteId: entry.noteId, amendmentId: amendment.id, ...entry.details },
  });
  return amendment;
}
