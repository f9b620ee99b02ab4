"use server";

import { revalidatePath } from "next/cache";
import { actionGroup } from "@/lib/actions/define-action";
import { listMoveAlternatives } from "@/lib/booking/calendar-queries";
import { moveAppointmentAsAdmin } from "@/lib/booking/move-command";
import { adminCancelSchema, adminMoveSchema, markStatusSchema, type AdminMoveInput } from "@/lib/booking/schema";
import { cancelAsAdmin, markAppointmentStatus } from "@/lib/booking/status-commands";
import type { Actor } from "@/lib/auth/policy";
import { completeVisit } from "@/lib/consultation/complete-visit";
import { AppError } from "@/lib/errors/app-error";

const calendar = actionGroup({ permission: "admin:manage-schedule", onSuccess: () => revalidatePath("/admin", "layout") });

export const cancelAppointmentAction = calendar(adminCancelSchema, cancelAsAdmin);

/** Check-in and no-show are the desk's; completion is the visit's own command (it needs the signed note). */
export const markAppointmentStatusAction = calendar(markStatusSchema, (actor, input) =>
  input.status === "COMPLETED"
    ? completeVisit(actor, { appointmentId: input.appointmentId })
    : markAppointmentStatus(actor, { appointmentId: input.appointmentId, status: input.status }),
);

/** A refused move comes back with the nearest free times for that esthetician, so the admin can pick one. */
async function moveOrOfferAlternatives(actor: Actor, input: AdminMoveInput) {
  try {
    return { id: (await moveAppointmentAsAdmin(actor, input)).id };
  } catch (error) {
    if (!(error instanceof AppError) || error.code !== "CONFLICT") throw error;
    // A visit that can no longer move at all (completed meanwhile) has no alternatives: keep the first message.
    const alternatives = await listMoveAlternatives(actor, input).catch((reason: unknown) => {
      if (reason instanceof AppError) return [];
      throw reason;
    });
    throw new AppError("CONFLICT", error.userMessage, { data: { alternatives } });
  }
}

export const moveAppointmentAction = calendar(adminMoveSchema, moveOrOfferAlternatives);
