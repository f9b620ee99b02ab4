"use server";

import { revalidatePath } from "next/cache";
import { bookingPolicySchema } from "@/lib/policy/schema";
import { updateBookingPolicy } from "@/lib/policy/commands";
import { runAdminAction } from "@/lib/admin/run-action";

export async function updateBookingPolicyAction(input: unknown) {
  const result = await runAdminAction({ permission: "admin:manage-schedule", schema: bookingPolicySchema, input, command: (actor, data) => updateBookingPolicy(actor, data) });
  if (result.ok) revalidatePath("/", "layout");
  return result;
}
