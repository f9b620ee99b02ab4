"use server";

import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/actions/define-action";
import { addTimeOff, clearDateOverride, removeTimeOff, replaceWeeklyHours, setDateOverride } from "@/lib/staff/hours-commands";
import { clearDateOverrideSchema, dateOverrideSchema, removeTimeOffSchema, timeOffSchema, weeklyHoursSchema } from "@/lib/staff/hours-schema";

const permission = "admin:manage-schedule";
const refresh = () => revalidatePath("/admin", "layout");

export const replaceWeeklyHoursAction = defineAction({
  permission,
  schema: weeklyHoursSchema,
  run: ({ actor, input }) => replaceWeeklyHours(actor, input),
  onSuccess: refresh,
});

export const addTimeOffAction = defineAction({ permission, schema: timeOffSchema, run: ({ actor, input }) => addTimeOff(actor, input), onSuccess: refresh });

export const removeTimeOffAction = defineAction({
  permission,
  schema: removeTimeOffSchema,
  run: ({ actor, input }) => removeTimeOff(actor, input),
  onSuccess: refresh,
});

export const setDateOverrideAction = defineAction({
  permission,
  schema: dateOverrideSchema,
  run: ({ actor, input }) => setDateOverride(actor, input),
  onSuccess: refresh,
});

export const clearDateOverrideAction = defineAction({
  permission,
  schema: clearDateOverrideSchema,
  run: ({ actor, input }) => clearDateOverride(actor, input),
  onSuccess: refresh,
});
