"use client";

import { startAuthentication, type AuthenticationResponseJSON, type PublicKeyCredentialRequestOptionsJSON } from "@simplewebauthn/browser";
import { useState } from "react";
import { FormAlert } from "@/components/ui/FormAlert";
import { TextField } from "@/components/ui/TextField";
import type { ServerAction } from "@/lib/actions/types";
import { passkeyFailureMessage } from "./use-action-alert";
import { recoveryCodeSchema, totpCodeSchema } from "@/lib/auth/second-factor/schema";
import { primaryButton, secondaryButton } from "./buttons";
import { CodeField } from "./CodeField";

type Done = { recoveryCodesLeft: number | null };

type Props = {
  destination: string;
  hasTotp: boolean;
  hasPasskey: boolean;
  verifyCode: ServerAction<{ method: "totp" | "recovery"; code: string; trustBrowser: boolean }, Done>;
  passkeyOptions: ServerAction<Record<string, never>, { challengeId: string; options: PublicKeyCredentialRequestOptionsJSON }>;
  verifyPasskey: ServerAction<{ challengeId: string; response: AuthenticationResponseJSON; trustBrowser: boolean }, Done>;
};

/** The second step at sign-in: a code from the app, a passkey or security key, or a recovery code. */
export function SecondStepForm({ destination, hasTotp, hasPasskey, verifyCode, passkeyOptions, verifyPasskey }: Props) {
  const [method, setMethod] = useState<"totp" | "recovery">(hasTotp ? "totp" : "recovery");
  const [code, setCode] = useState("");
  const [trustBrowser, setTrustBrowser] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [alert, setAlert] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  function done(result: Done) {
    const warn = result.recoveryCodesLeft !== null && result.recoveryCodesLeft <= 3;
    window.location.assign(warn ? `/account/security?recoveryCodesLeft=${result.recoveryCodesLeft}` : destination);
  }

  async function submitCode(event: React.FormEvent) {
    event.preventDefault();
    const parsed = (method === "totp" ? totpCodeSchema : recoveryCodeSchema).safeParse(code);
    if (!parsed.success) {
      setError(parsed.error.issues[0]?.message ?? null);
      return;
    }
    setError(null);
    setAlert(null);
    setPending(true);
    const result = await verifyCode({ method, code: parsed.data, trustBrowser });
    if (result.ok) return done(result.data);
    setPending(false);
    if (result.fieldErrors?.code) setError(result.fieldErrors.code[0] ?? null);
    else setAlert(result.message);
  }

  async function usePasskey() {
    setAlert(null);
    setPending(true);
    try {
      const options = await passkeyOptions({});
      if (!options.ok) throw new Error(options.message);
      const response = await startAuthentication({ optionsJSON: options.data.options });
      const result = await verifyPasskey({ challengeId: options.data.challengeId, response, trustBrowser });
      if (!result.ok) throw new Error(result.message);
      done(result.data);
    } catch (failure) {
      setAlert(passkeyFailureMessage(failure, "The passkey request was cancelled or timed out. Try again, or use a code."));
      setPending(false);
    }
  }

  const codeField =
    method === "totp" ? (
      <CodeField id="second-step-code" label="6-digit code from your authenticator app" value={code} onChange={setCode} error={error} />
    ) : (
      <TextField
        id="second-step-code"
        label="Recovery code"
        hint="One of the codes you saved when you set up your second step, like ABCD-EFGH-JKMN-PQRS."
        autoComplete="off"
        spellCheck={false}
        maxLength={40}
        value={code}
        onChange={(event) => setCode(event.target.value)}
        error={error ?? undefined}
      />
    );

  return (
    <div className="mt-6 space-y-6">
      {hasPasskey && (
        <div className="space-y-2">
          <button type="button" onClick={usePasskey} disabled={pending} className={primaryButton}>
            Use a passkey or security key
          </button>
        </div>
      )}
      <form onSubmit={submitCode} noValidate aria-label="Second step" className="space-y-4">
        <fieldset disabled={pending} className="space-y-4">
          {codeField}
          <label className="flex min-h-11 items-center gap-3 text-sm text-stone-800">
            <input type="checkbox" checked={trustBrowser} onChange={(event) => setTrustBrowser(event.target.checked)} className="size-5" />
            Trust this browser for 30 days (not on a computer others use)
          </label>
        </fieldset>
        <FormAlert message={alert} />
        <div className="flex flex-wrap gap-3">
          <button
            type="submit"
            disabled={pending}
            aria-busy={pending || undefined}
            className={hasPasskey ? secondaryButton : primaryButton}
          >
            {pending ? "Checking…" : "Continue"}
          </button>
          <button
            type="button"
            disabled={pending}
            onClick={() => {
              setMethod(method === "totp" ? "recovery" : "totp");
              setCode("");
              setError(null);
            }}
            className="inline-flex min-h-11 items-center text-sm font-medium text-brand-700 underline disabled:opacity-60"
            hidden={!hasTotp}
          >
            {method === "totp" ? "Use a recovery code instead" : "Use a code from the app instead"}
          </button>
        </div>
      </form>
    </div>
  );
}
