"use server";

import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/actions/define-action";
import { updateBookingPolicy } from "@/lib/policy/commands";
import { bookingPolicySchema } from "@/lib/policy/schema";

export const updateBookingPolicyAction = defineAction({
  permission: "admin:manage-schedule",
  schema: bookingPolicySchema,
  run: updateBookingPolicy,
  // Every page shows times in the spa's zone.
  onSuccess: () => revalidatePath("/", "layout"),
});
