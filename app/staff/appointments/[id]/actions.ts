"use server";

import { revalidatePath } from "next/cache";
import { requireActor } from "@/lib/auth/actor";
import { isUuid } from "@/lib/ids/uuid";
import { amendNote, completeAppointment, saveNoteDraft, signNote } from "@/lib/consultation/note-commands";
import type { ActionResult } from "@/lib/errors/app-error";
import { toActionResult } from "@/lib/errors/to-action-result";

// Each action authenticates itself; the commands validate with the shared note schema and check
// the appointment scope (only the esthetician performing the visit writes its note).

const chartPath = (input: unknown) => {
  const id = (input as { appointmentId?: unknown } | null)?.appointmentId;
  return `/staff/appointments/${typeof id === "string" ? id : ""}`;
};

export async function saveNoteDraftAction(input: unknown): Promise<ActionResult<{ savedAt: string }>> {
  try {
    const note = await saveNoteDraft(await requireActor("chart:write-notes"), input);
    return { ok: true, data: { savedAt: note.updatedAt.toISOString() } };
  } catch (error) {
    return toActionResult(error);
  }
}

export async function signNoteAction(input: unknown): Promise<ActionResult> {
  try {
    await signNote(await requireActor("chart:write-notes"), input);
    revalidatePath(chartPath(input));
    return { ok: true, data: undefined };
  } catch (error) {
    return toActionResult(error);
  }
}

export async function amendNoteAction(input: unknown): Promise<ActionResult> {
  try {
    await amendNote(await requireActor("chart:write-notes"), input);
    revalidatePath(chartPath(input));
    return { ok: true, data: undefined };
  } catch (error) {
    return toActionResult(error);
  }
}

export async function completeAppointmentAction(appointmentId: unknown): Promise<ActionResult> {
  try {
    if (!isUuid(appointmentId)) return { ok: false, code: "NOT_FOUND", message: "That appointment was not found." };
    await completeAppointment(await requireActor("chart:write-notes"), appointmentId);
    revalidatePath(chartPath({ appointmentId }));
    return { ok: true, data: undefined };
  } catch (error) {
    return toActionResult(error);
  }
}
