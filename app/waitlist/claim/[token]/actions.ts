"use server";

import { revalidatePath } from "next/cache";
import { definePublicAction } from "@/lib/actions/define-action";
import { claimWaitlistOffer } from "@/lib/waitlist/claim";
import { claimOfferSchema } from "@/lib/waitlist/schema";

/** The claim link's button. The token is the credential (signed, single-use, expiring), so no sign-in is needed. */
export const claimWaitlistOfferAction = definePublicAction({
  schema: claimOfferSchema,
  invalidMessage: "This link is not valid. Please check your email for the latest offer.",
  run: async (input) => {
    const claimed = await claimWaitlistOffer(input);
    return { appointmentId: claimed.appointmentId };
  },
  onSuccess: () => revalidatePath("/account", "layout"),
});
