"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { defineSessionAction } from "@/lib/actions/define-action";
import { changePassword } from "@/lib/security/password";
import {
  changePasswordSchema,
  passkeyIdSchema,
  passkeyRegistrationSchema,
  sessionIdSchema,
  totpCodeInputSchema,
} from "@/lib/security/schema";
import { endOtherSessions, endOwnSession } from "@/lib/security/sessions";
import {
  confirmTotpSetup,
  finishPasskeyRegistration,
  forgetOwnTrustedBrowsers,
  regenerateRecoveryCodes,
  removePasskey,
  removeTotp,
  startPasskeyRegistration,
  startTotpSetup,
} from "@/lib/security/two-factor";

// The security page's actions (and, for setting up a first factor, the second-step page's): each
// command checks the permission and the session's second-step state it needs (lib/security).
const refresh = () => revalidatePath("/account/security");
const none = z.object({});

export const changePasswordAction = defineSessionAction({ schema: changePasswordSchema, run: changePassword, onSuccess: refresh });
export const endSessionAction = defineSessionAction({ schema: sessionIdSchema, run: endOwnSession, onSuccess: refresh });
export const endOtherSessionsAction = defineSessionAction({
  schema: none,
  run: (session) => endOtherSessions(session),
  onSuccess: refresh,
});

export const startTotpSetupAction = defineSessionAction({ schema: none, run: (session) => startTotpSetup(session) });
export const confirmTotpSetupAction = defineSessionAction({
  schema: totpCodeInputSchema,
  run: (session, input) => confirmTotpSetup(session, input),
});
export const removeTotpAction = defineSessionAction({ schema: none, run: (session) => removeTotp(session), onSuccess: refresh });
export const regenerateRecoveryCodesAction = defineSessionAction({ schema: none, run: (session) => regenerateRecoveryCodes(session) });
export const startPasskeyRegistrationAction = defineSessionAction({ schema: none, run: (session) => startPasskeyRegistration(session) });
export const finishPasskeyRegistrationAction = defineSessionAction({
  schema: passkeyRegistrationSchema,
  run: (session, input) => finishPasskeyRegistration(session, input),
});
export const removePasskeyAction = defineSessionAction({ schema: passkeyIdSchema, run: removePasskey, onSuccess: refresh });
export const forgetTrustedBrowsersAction = defineSessionAction({
  schema: none,
  run: (session) => forgetOwnTrustedBrowsers(session),
  onSuccess: refresh,
});
