"use server";

import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/actions/define-action";
import { requestErasure } from "@/lib/privacy/erasure";
import { erasureRequestSchema } from "@/lib/privacy/schema";

export const requestErasureAction = defineAction({
  permission: "privacy:request-erasure",
  schema: erasureRequestSchema,
  run: requestErasure,
  onSuccess: () => revalidatePath("/account/privacy"),
});
