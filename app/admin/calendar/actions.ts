"use server";

import { revalidatePath } from "next/cache";
import { cancelAsAdmin, markAppointmentStatus } from "@/lib/booking/status-commands";
import { adminCancelSchema, markStatusSchema, adminMoveSchema, type AdminMoveInput } from "@/lib/booking/schema";
import { listMoveAlternatives } from "@/lib/booking/calendar-queries";
import { moveAppointmentAsAdmin } from "@/lib/booking/move-command";
import { runAdminAction } from "@/lib/admin/run-action";
import type { Actor } from "@/lib/auth/policy";
import { AppError, type ActionResult } from "@/lib/errors/app-error";

function refresh<T>(result: ActionResult<T>): ActionResult<T> {
  if (result.ok) revalidatePath("/admin", "layout");
  return result;
}

export async function cancelAppointmentAction(input: unknown) {
  return refresh(await runAdminAction({ permission: "admin:manage-schedule", schema: adminCancelSchema, input, command: (actor, data) => cancelAsAdmin(actor, data) }));
}

export async function markAppointmentStatusAction(input: unknown) {
  return refresh(await runAdminAction({ permission: "admin:manage-schedule", schema: markStatusSchema, input, command: (actor, data) => markAppointmentStatus(actor, data) }));
}

/** A refused move comes back with the nearest free times for that esthetician, so the admin can pick one. */
async function moveOrOfferAlternatives(actor: Actor, data: AdminMoveInput) {
  try {
    const moved = await moveAppointmentAsAdmin(actor, data);
    return { id: moved.id };
  } catch (error) {
    if (!(error instanceof AppError) || error.code !== "CONFLICT") throw error;
    // A visit that can no longer move at all (completed meanwhile) has no alternatives: keep the first message.
    const alternatives = await listMoveAlternatives(actor, data).catch((reason: unknown) => {
      if (reason instanceof AppError) return [];
      throw reason;
    });
    throw new AppError("CONFLICT", error.userMessage, { data: { alternatives } });
  }
}

export async function moveAppointmentAction(input: unknown) {
  return refresh(await runAdminAction({ permission: "admin:manage-schedule", schema: adminMoveSchema, input, command: moveOrOfferAlternatives }));
}
