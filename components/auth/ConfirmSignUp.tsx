"use client";

import Link from "next/link";
import { signIn } from "next-auth/react";
import { useState } from "react";
import { FormAlert } from "@/components/ui/FormAlert";
import { SubmitButton } from "@/components/ui/SubmitButton";
import { safeCallbackUrl } from "@/lib/auth/callback-url";
import { SIGN_IN_GENERIC_ERROR } from "@/lib/auth/sign-in-errors";

const LINK_NOT_VALID = "This link has expired or was already used. Sign up again, or sign in if your account is ready.";

/**
 * The page behind the confirmation email's link. Nothing happens on opening it (mail scanners
 * open links); the button uses the token once, creating the account and signing in.
 */
export function ConfirmSignUp({ token, callbackUrl }: { token: string; callbackUrl: string | null }) {
  const [pending, setPending] = useState(false);
  const [alert, setAlert] = useState<string | null>(null);

  async function confirm(event: React.FormEvent) {
    event.preventDefault();
    setAlert(null);
    setPending(true);
    try {
      const result = await signIn("sign-up-confirmation", { token, redirect: false });
      if (!result?.ok || result.error) {
        setAlert(result?.error === "CredentialsSignin" ? LINK_NOT_VALID : SIGN_IN_GENERIC_ERROR);
        setPending(false);
        return;
      }
      window.location.assign(safeCallbackUrl(callbackUrl) ?? "/account");
    } catch {
      setAlert(SIGN_IN_GENERIC_ERROR);
      setPending(false);
    }
  }

  return (
    <form onSubmit={confirm} aria-label="Confirm your email" className="mt-6 space-y-4">
      <FormAlert message={alert} />
      <SubmitButton pending={pending} pendingLabel="Creating your account…">
        Confirm and sign in
      </SubmitButton>
      {alert && (
        <p className="text-sm">
          <Link href="/signup" className="inline-flex min-h-11 items-center font-medium text-brand-700 underline">
            Sign up again
          </Link>
        </p>
      )}
    </form>
  );
}
