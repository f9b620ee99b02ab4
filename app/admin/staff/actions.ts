"use server";

import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/actions/define-action";
import { moveAppointmentAsAdmin } from "@/lib/booking/move-command";
import { adminMoveSchema } from "@/lib/booking/schema";
import { createEsthetician, deactivateStaff, reactivateStaff, setStaffServices } from "@/lib/staff/commands";
import { createEstheticianSchema, deactivateStaffSchema, setStaffServicesSchema } from "@/lib/staff/schema";

const refresh = () => revalidatePath("/admin", "layout");

export const createEstheticianAction = defineAction({
  permission: "admin:manage-staff",
  schema: createEstheticianSchema,
  run: ({ actor, input }) => createEsthetician(actor, input),
  onSuccess: refresh,
});

export const setStaffServicesAction = defineAction({
  permission: "admin:manage-staff",
  schema: setStaffServicesSchema,
  run: ({ actor, input }) => setStaffServices(actor, input),
  onSuccess: refresh,
});

export const deactivateStaffAction = defineAction({
  permission: "admin:manage-staff",
  schema: deactivateStaffSchema,
  run: ({ actor, input }) => deactivateStaff(actor, input),
  onSuccess: refresh,
});

export const reactivateStaffAction = defineAction({
  permission: "admin:manage-staff",
  schema: deactivateStaffSchema,
  run: ({ actor, input }) => reactivateStaff(actor, input),
  onSuccess: refresh,
});

export const moveAppointmentAction = defineAction({
  permission: "admin:manage-schedule",
  schema: adminMoveSchema,
  run: ({ actor, input }) => moveAppointmentAsAdmin(actor, input),
  onSuccess: refresh,
});
