"use server";

import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/actions/define-action";
import { requestClient, UNKNOWN_ADDRESS } from "@/lib/auth/request";
import { confirmIntake, saveIntakeDraft, submitIntake, type SubmissionMeta } from "@/lib/intake/commands";
import { confirmIntakeFormSchema } from "@/lib/intake/confirm-schema";
import { intakeSchemaFor } from "@/lib/intake/queries";
import { intakeDraftSchema } from "@/lib/intake/schema";

// The IP and user agent of a signature come from the request, never from the form.
async function requestMeta(): Promise<SubmissionMeta> {
  const { ip, userAgent } = await requestClient();
  return { ip: ip === UNKNOWN_ADDRESS ? null : ip, userAgent: userAgent || null };
}

const refresh = () => revalidatePath("/account/intake");

export const saveIntakeDraftAction = defineAction({
  permission: "intake:manage-own",
  schema: intakeDraftSchema,
  invalidMessage: "That draft could not be saved.",
  run: async (actor, input) => ({ savedAt: (await saveIntakeDraft(actor, input)).savedAt.toISOString() }),
});

export const submitIntakeAction = defineAction({
  permission: "intake:manage-own",
  // The date rules (a medication stopped in the future, a birth date) are measured to the spa's today.
  schema: (actor) => intakeSchemaFor(actor),
  run: async (actor, input) => ({ id: (await submitIntake(actor, input, await requestMeta())).id }),
  onSuccess: refresh,
});

export const confirmIntakeAction = defineAction({
  permission: "intake:manage-own",
  schema: confirmIntakeFormSchema,
  run: async (actor, input) => ({ id: (await confirmIntake(actor, input, await requestMeta())).id }),
  onSuccess: refresh,
});
