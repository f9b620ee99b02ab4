"use server";

import { revalidatePath } from "next/cache";
import { headers } from "next/headers";
import { defineAction } from "@/lib/actions/define-action";
import { clientIp } from "@/lib/auth/client-ip";
import { changeOwnPhotoConsent } from "@/lib/intake/photo-consent";
import { changePhotoConsentSchema } from "@/lib/intake/photo-consent-schema";

export const changePhotoConsentAction = defineAction({
  permission: "account:manage-photo-consent",
  schema: changePhotoConsentSchema,
  run: async (actor, input) => {
    // Where the change was made comes from the request, as for a signed intake.
    const bag = await headers();
    const meta = { ip: clientIp({ "x-forwarded-for": bag.get("x-forwarded-for") ?? undefined }), userAgent: bag.get("user-agent") };
    await changeOwnPhotoConsent(actor, input, meta);
    return null;
  },
  onSuccess: () => revalidatePath("/account/photos"),
});
