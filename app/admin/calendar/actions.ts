"use server";

import { revalidatePath } from "next/cache";
import { cancelAsAdmin, markAppointmentStatus } from "@/lib/admin/appointment-commands";
import { adminCancelSchema, markStatusSchema } from "@/lib/admin/appointment-schema";
import { runAdminAction } from "@/lib/admin/run-action";
import type { ActionResult } from "@/lib/errors/app-error";

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
