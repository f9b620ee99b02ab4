"use server";

import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/actions/define-action";
import { resendFailedMessage } from "@/lib/notify/commands";
import { resendEmailSchema } from "@/lib/notify/schema";

/** Sends a FAILED message again. */
export const resendEmailAction = defineAction({
  permission: "admin:resend-emails",
  schema: resendEmailSchema,
  run: resendFailedMessage,
  onSuccess: (_data, input) => revalidatePath(`/admin/emails/${input.messageId}`),
});
