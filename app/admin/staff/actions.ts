"use server";

import { revalidatePath } from "next/cache";
import { listReassignTargets, moveAppointmentAsAdmin } from "@/lib/booking/move-command";
import { runAdminAction } from "@/lib/admin/run-action";
import { createEsthetician, deactivateStaff, reactivateStaff, setStaffServices } from "@/lib/staff/commands";
import { createEstheticianSchema, deactivateStaffSchema, setStaffServicesSchema } from "@/lib/staff/schema";
import { adminMoveSchema } from "@/lib/booking/schema";
import type { ActionResult } from "@/lib/errors/app-error";
import { z } from "zod";

function refresh<T>(result: ActionResult<T>): ActionResult<T> {
  if (result.ok) revalidatePath("/admin", "layout");
  return result;
}

export async function createEstheticianAction(input: unknown) {
  return refresh(await runAdminAction({ permission: "admin:manage-staff", schema: createEstheticianSchema, input, command: (actor, data) => createEsthetician(actor, data) }));
}

export async function setStaffServicesAction(input: unknown) {
  return refresh(await runAdminAction({ permission: "admin:manage-staff", schema: setStaffServicesSchema, input, command: setStaffServices }));
}

export async function deactivateStaffAction(input: unknown) {
  return refresh(await runAdminAction({ permission: "admin:manage-staff", schema: deactivateStaffSchema, input, command: (actor, data) => deactivateStaff(actor, data) }));
}

export async function reactivateStaffAction(input: unknown) {
  return refresh(await runAdminAction({ permission: "admin:manage-staff", schema: deactivateStaffSchema, input, command: reactivateStaff }));
}

export async function listReassignTargetsAction(input: unknown) {
  const schema = z.object({ appointmentId: z.uuid() });
  return runAdminAction({ permission: "admin:manage-schedule", schema, input, command: (actor, data) => listReassignTargets(actor, data.appointmentId) });
}

export async function moveAppointmentAction(input: unknown) {
  return refresh(await runAdminAction({ permission: "admin:manage-schedule", schema: adminMoveSchema, input, command: (actor, data) => moveAppointmentAsAdmin(actor, data) }));
}
