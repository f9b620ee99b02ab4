"use server";

import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/actions/define-action";
import { completeVisit } from "@/lib/consultation/complete-visit";
import { amendNote, saveNoteDraft, signNote } from "@/lib/consultation/note-commands";
import { amendNoteSchema, saveNoteSchema, visitSchema } from "@/lib/consultation/schema";

// The commands check the appointment scope: only the esthetician performing the visit writes its note.
const refreshChart = (_: unknown, input: { appointmentId: string }) => revalidatePath(`/staff/appointments/${input.appointmentId}`);

export const saveNoteDraftAction = defineAction({
  permission: "chart:write-notes",
  schema: saveNoteSchema,
  run: async (actor, input) => ({ savedAt: (await saveNoteDraft(actor, input)).updatedAt.toISOString() }),
});

export const signNoteAction = defineAction({
  permission: "chart:write-notes",
  schema: saveNoteSchema,
  run: signNote,
  onSuccess: refreshChart,
});

export const amendNoteAction = defineAction({
  permission: "chart:write-notes",
  schema: amendNoteSchema,
  run: amendNote,
  onSuccess: refreshChart,
});

export const completeAppointmentAction = defineAction({
  permission: "visit:complete",
  schema: visitSchema,
  run: completeVisit,
  onSuccess: refreshChart,
});
