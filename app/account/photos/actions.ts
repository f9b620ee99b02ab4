"use server";

import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/actions/define-action";
import { signatureMeta } from "@/lib/auth/request";
import { changeOwnPhotoConsent } from "@/lib/intake/photo-consent";
import { changePhotoConsentSchema } from "@/lib/intake/photo-consent-schema";

export const changePhotoConsentAction = defineAction({
  permission: "account:manage-photo-consent",
  schema: changePhotoConsentSchema,
  run: async (actor, input) => {
    // Where the change was made comes from the request, as for a signed intake.
    await changeOwnPhotoConsent(actor, input, await signatureMeta());
    return null;
  },
  onSuccess: () => revalidatePath("/account/photos"),
});
