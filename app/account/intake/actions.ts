"use server";

import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/actions/define-action";
import { signatureMeta } from "@/lib/auth/request";
import { confirmClientIntake, submitClientIntake } from "@/lib/booking/review/intake-submission";
import { saveIntakeDraft } from "@/lib/intake/commands";
import { confirmIntakeFormSchema } from "@/lib/intake/confirm-schema";
import { intakeSchemaFor } from "@/lib/intake/queries";
import { intakeDraftSchema } from "@/lib/intake/schema";

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
  run: async (actor, input) => ({ id: (await submitClientIntake(actor, input, await signatureMeta())).id }),
  onSuccess: refresh,
});

export const confirmIntakeAction = defineAction({
  permission: "intake:manage-own",
  schema: confirmIntakeFormSchema,
  run: async (actor, input) => ({ id: (await confirmClientIntake(actor, input, await signatureMeta())).id }),
  onSuccess: refresh,
});
