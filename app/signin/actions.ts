"use server";

import { z } from "zod";
import { definePublicAction } from "@/lib/actions/define-action";
import { rateLimited } from "@/lib/auth/commands";
import { consumeRateLimit, PASSKEY_CHALLENGE_IP_RULE } from "@/lib/auth/rate-limit";
import { requestClient } from "@/lib/auth/request";
import { startPasskeySignIn } from "@/lib/security/second-step";

/** The challenge for "Sign in with a passkey"; the answer goes to next-auth's "passkey" provider. */
export const passkeySignInOptionsAction = definePublicAction({
  schema: z.object({}),
  run: async () => {
    const decision = await consumeRateLimit(PASSKEY_CHALLENGE_IP_RULE, (await requestClient()).ip);
    if (!decision.allowed) throw rateLimited(decision.retryAfterMs);
    return startPasskeySignIn();
  },
});
