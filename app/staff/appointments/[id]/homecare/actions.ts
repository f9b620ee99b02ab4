"use server";

import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/actions/define-action";
import { visitSchema } from "@/lib/consultation/schema";
import { confirmPlanProduct, editPlanLine, publishPlan } from "@/lib/homecare/review";
import { confirmProductSchema, planEditSchema } from "@/lib/homecare/schema";

// The commands keep to the appointment scope (the visit's esthetician, or an admin).
const refreshReview = (_: unknown, input: { appointmentId: string }) =>
  revalidatePath(`/staff/appointments/${input.appointmentId}/homecare`);

export const editPlanLineAction = defineAction({
  permission: "homecare:manage",
  schema: planEditSchema,
  run: editPlanLine,
  onSuccess: refreshReview,
});

export const publishPlanAction = defineAction({
  permission: "homecare:manage",
  schema: visitSchema,
  run: (actor, input) => publishPlan(actor, input.appointmentId),
  onSuccess: refreshReview,
});

export const confirmPlanProductAction = defineAction({
  permission: "homecare:manage",
  schema: confirmProductSchema,
  run: confirmPlanProduct,
  onSuccess: refreshReview,
});
