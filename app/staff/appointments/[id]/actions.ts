"use server";

import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/actions/define-action";
import { completeVisit } from "@/lib/consultation/complete-visit";
import { amendNote, saveNoteDraft, signNote } from "@/lib/consultation/note-commands";
import { amendNoteSchema, saveNoteSchema, visitSchema } from "@/lib/consultation/schema";
import { cancelForReview, changeAppointmentService, overrideReview } from "@/lib/booking/review/commands";
import { cancelForReviewSchema, changeServiceSchema, overrideReviewSchema } from "@/lib/booking/schema";

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

// Resolving "needs review": the commands keep to the appointment scope (the visit's esthetician, or the spa).
export const overrideReviewAction = defineAction({
  permission: "booking:resolve-review",
  schema: overrideReviewSchema,
  run: overrideReview,
  onSuccess: refreshChart,
});

export const cancelForReviewAction = defineAction({
  permission: "booking:resolve-review",
  schema: cancelForReviewSchema,
  run: cancelForReview,
  onSuccess: refreshChart,
});

export const changeServiceAction = defineAction({
  permission: "booking:resolve-review",
  schema: changeServiceSchema,
  run: async (actor, input) => ({ id: (await changeAppointmentService(actor, input)).id }),
  onSuccess: refreshChart,
});
