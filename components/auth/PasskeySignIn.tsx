"use client";

import { startAuthentication, type PublicKeyCredentialRequestOptionsJSON } from "@simplewebauthn/browser";
import { getSession, signIn } from "next-auth/react";
import { useState } from "react";
import { FormAlert } from "@/components/ui/FormAlert";
import type { ServerAction } from "@/lib/actions/types";
import { passkeyFailureMessage } from "@/components/security/use-action-alert";
import { destinationAfterSignIn, safeCallbackUrl } from "@/lib/auth/callback-url";
import { isRole } from "@/lib/auth/policy";
import { signInErrorMessage } from "@/lib/auth/sign-in-errors";

type Props = {
  callbackUrl: string | null;
  options: ServerAction<Record<string, never>, { challengeId: string; options: PublicKeyCredentialRequestOptionsJSON }>;
};

/** Sign in with a passkey: both steps at once, nothing typed, nothing to phish. */
export function PasskeySignIn({ callbackUrl, options }: Props) {
  const [pending, setPending] = useState(false);
  const [alert, setAlert] = useState<string | null>(null);

  async function go() {
    setAlert(null);
    setPending(true);
    try {
      const challenge = await options({});
      if (!challenge.ok) throw new Error(challenge.message);
      const response = await startAuthentication({ optionsJSON: challenge.data.options });
      const result = await signIn("passkey", {
        challengeId: challenge.data.challengeId,
        response: JSON.stringify(response),
        redirect: false,
      });
      if (!result?.ok || result.error) {
        setAlert(
          result?.error === "CredentialsSignin" ? "That passkey isn't set up for an account here." : signInErrorMessage(result?.error),
        );
        setPending(false);
        return;
      }
      const role = (await getSession())?.user.role;
      window.location.assign(isRole(role) ? destinationAfterSignIn(role, callbackUrl) : (safeCallbackUrl(callbackUrl) ?? "/"));
    } catch (failure) {
      setAlert(passkeyFailureMessage(failure, "The passkey request was cancelled or timed out."));
      setPending(false);
    }
  }

  return (
    <div className="mt-4 space-y-3">
      <button
        type="button"
        onClick={go}
        disabled={pending}
        aria-busy={pending || undefined}
        className="inline-flex min-h-11 w-full items-center justify-center rounded-lg border border-stone-300 bg-white px-4 font-medium text-stone-800 hover:bg-stone-100 disabled:opacity-60"
      >
        {pending ? "Waiting for your passkey…" : "Use a passkey instead"}
      </button>
      <FormAlert message={alert} />
    </div>
  );
}
