"use server";

import { revalidatePath } from "next/cache";
import { actionGroup } from "@/lib/actions/define-action";
import { addTimeOff, clearDateOverride, removeTimeOff, replaceWeeklyHours, setDateOverride } from "@/lib/staff/hours-commands";
import {
  clearDateOverrideSchema,
  dateOverrideSchema,
  removeTimeOffSchema,
  timeOffSchema,
  weeklyHoursSchema,
} from "@/lib/staff/hours-schema";

const hours = actionGroup({ permission: "admin:manage-schedule", onSuccess: () => revalidatePath("/admin", "layout") });

export const replaceWeeklyHoursAction = hours(weeklyHoursSchema, replaceWeeklyHours);
export const addTimeOffAction = hours(timeOffSchema, addTimeOff);
export const removeTimeOffAction = hours(removeTimeOffSchema, removeTimeOff);
export const setDateOverrideAction = hours(dateOverrideSchema, setDateOverride);
export const clearDateOverrideAction = hours(clearDateOverrideSchema, clearDateOverride);
