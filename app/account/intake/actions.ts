"use server";

import { revalidatePath } from "next/cache";
import { headers } from "next/headers";
import { defineAction } from "@/lib/actions/define-action";
import { clientIp } from "@/lib/auth/client-ip";
import { confirmClientIntake, submitClientIntake } from "@/lib/booking/review/intake-submission";
import { saveIntakeDraft, type SubmissionMeta } from "@/lib/intake/commands";
import { confirmIntakeFormSchema } from "@/lib/intake/confirm-schema";
import { intakeSchemaFor } from "@/lib/intake/queries";
import { intakeDraftSchema } from "@/lib/intake/schema";

// The IP and user agent of a signature come from the request, never from the form.
async function requestMeta(): Promise<SubmissionMeta> {
  const bag = await headers();
  return { ip: clientIp({ "x-forwarded-for": bag.get("x-forwarded-for") ?? undefined }), userAgent: bag.get("user-agent") };
}

// A submission can put an appointment into "needs review": its pages change too.
const refresh = () => revalidatePath("/account", "layout");

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
  run: async (actor, input) => ({ id: (await submitClientIntake(actor, input, await requestMeta())).id }),
  onSuccess: refresh,
});

export const confirmIntakeAction = defineAction({
  permission: "intake:manage-own",
  schema: confirmIntakeFormSchema,
  run: async (actor, input) => ({ id: (await confirmClientIntake(actor, input, await requestMeta())).id }),
  onSuccess: refresh,
});
