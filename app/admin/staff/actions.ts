"use server";

import { revalidatePath } from "next/cache";
import { actionGroup } from "@/lib/actions/define-action";
import { moveAppointmentAsAdmin } from "@/lib/booking/move-command";
import { adminMoveSchema } from "@/lib/booking/schema";
import { createEsthetician, deactivateStaff, reactivateStaff, setStaffServices, setStaffStartDate } from "@/lib/staff/commands";
import { createEstheticianSchema, deactivateStaffSchema, setStaffServicesSchema, setStaffStartDateSchema } from "@/lib/staff/schema";

const refresh = () => revalidatePath("/admin", "layout");
const staff = actionGroup({ permission: "admin:manage-staff", onSuccess: refresh });

export const createEstheticianAction = staff(createEstheticianSchema, createEsthetician);
export const setStaffServicesAction = staff(setStaffServicesSchema, setStaffServices);
export const setStaffStartDateAction = staff(setStaffStartDateSchema, setStaffStartDate);
export const deactivateStaffAction = staff(deactivateStaffSchema, deactivateStaff);
export const reactivateStaffAction = staff(deactivateStaffSchema, reactivateStaff);
export const moveAppointmentAction = actionGroup({ permission: "admin:manage-schedule", onSuccess: refresh })(
  adminMoveSchema,
  moveAppointmentAsAdmin,
);
