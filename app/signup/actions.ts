"use server";

import { definePublicAction } from "@/lib/actions/define-action";
import { signUpClient } from "@/lib/auth/commands";
import { signUpSchema } from "@/lib/auth/schema";

/**
 * Public by nature (anyone may create a client account): it validates with the form's schema and
 * creates a CLIENT only. The browser signs in afterwards through next-auth, the one place that
 * issues sessions.
 */
export const signUpAction = definePublicAction({
  schema: signUpSchema,
  // Nothing about the new account goes back to the browser: it signs in through next-auth next.
  run: async (input) => {
    await signUpClient(input);
  },
});
