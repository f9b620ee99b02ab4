"use server";

import { z } from "zod";
import { definePublicAction } from "@/lib/actions/define-action";
import { safeCallbackUrl } from "@/lib/auth/callback-url";
import { requestClient } from "@/lib/auth/request";
import { signUpSchema } from "@/lib/auth/schema";
import { requestSignUp } from "@/lib/security/sign-up";

const signUpRequestSchema = signUpSchema.and(z.object({ callbackUrl: z.string().max(2048).nullish() }));

/**
 * Public by nature (anyone may ask for a client account). The answer is the same whether the
 * address already has an account: the next step is in the email (lib/security/sign-up.ts).
 */
export const signUpAction = definePublicAction({
  schema: signUpRequestSchema,
  run: async (input) => {
    await requestSignUp({ ...input, callbackUrl: safeCallbackUrl(input.callbackUrl) }, await requestClient());
  },
});
