"use server";

import { definePublicAction } from "@/lib/actions/define-action";
import { setPasswordWithToken } from "@/lib/account/password-commands";
import { setPasswordSchema } from "@/lib/auth/schema";

/** Public: the single-use link is the credential (checked, spent and audited by the command). */
export const setPasswordAction = definePublicAction({
  schema: setPasswordSchema,
  run: (input) => setPasswordWithToken(input),
});
