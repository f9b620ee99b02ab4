"use server";

import { revalidatePath } from "next/cache";
import { addTimeOff, clearDateOverride, removeTimeOff, replaceWeeklyHours, setDateOverride } from "@/lib/staff/hours-commands";
import { clearDateOverrideSchema, dateOverrideSchema, removeTimeOffSchema, timeOffSchema, weeklyHoursSchema } from "@/lib/staff/hours-schema";
import { runAdminAction } from "@/lib/admin/run-action";
import type { ActionResult } from "@/lib/errors/app-error";

const permission = "admin:manage-schedule";

function refresh<T>(result: ActionResult<T>): ActionResult<T> {
  if (result.ok) revalidatePath("/admin", "layout");
  return result;
}

export async function replaceWeeklyHoursAction(input: unknown) {
  return refresh(await runAdminAction({ permission, schema: weeklyHoursSchema, input, command: (actor, data) => replaceWeeklyHours(actor, data) }));
}

export async function addTimeOffAction(input: unknown) {
  return refresh(await runAdminAction({ permission, schema: timeOffSchema, input, command: (actor, data) => addTimeOff(actor, data) }));
}

export async function removeTimeOffAction(input: unknown) {
  return refresh(await runAdminAction({ permission, schema: removeTimeOffSchema, input, command: removeTimeOff }));
}

export async function setDateOverrideAction(input: unknown) {
  return refresh(await runAdminAction({ permission, schema: dateOverrideSchema, input, command: (actor, data) => setDateOverride(actor, data) }));
}

export async function clearDateOverrideAction(input: unknown) {
  return refresh(await runAdminAction({ permission, schema: clearDateOverrideSchema, input, command: (actor, data) => clearDateOverride(actor, data) }));
}
