"use client";

import { startRegistration, type PublicKeyCredentialCreationOptionsJSON, type RegistrationResponseJSON } from "@simplewebauthn/browser";
import { useState } from "react";
import { FormAlert } from "@/components/ui/FormAlert";
import { SubmitButton } from "@/components/ui/SubmitButton";
import { TextField } from "@/components/ui/TextField";
import type { ServerAction } from "@/lib/actions/types";
import { passkeyFailureMessage } from "./use-action-alert";
import { passkeyNameSchema } from "@/lib/auth/second-factor/schema";

type Props = {
  start: ServerAction<Record<string, never>, { challengeId: string; options: PublicKeyCredentialCreationOptionsJSON }>;
  finish: ServerAction<
    { challengeId: string; response: RegistrationResponseJSON; name: string },
    { passkey: { id: string; name: string }; recoveryCodes: string[] | null }
  >;
  onDone: (recoveryCodes: string[] | null) => void;
};

/** Adds a passkey (this device, a phone) or a security key, which also suits a shared front-desk computer. */
export function PasskeySetup({ start, finish, onDone }: Props) {
  const [name, setName] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [alert, setAlert] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  async function submit(event: React.FormEvent) {
    event.preventDefault();
    const parsed = passkeyNameSchema.safeParse(name);
    if (!parsed.success) {
      setError(parsed.error.issues[0]?.message ?? null);
      return;
    }
    setError(null);
    setAlert(null);
    setPending(true);
    try {
      const options = await start({});
      if (!options.ok) throw new Error(options.message);
      const response = await startRegistration({ optionsJSON: options.data.options });
      const result = await finish({ challengeId: options.data.challengeId, response, name: parsed.data });
      if (!result.ok) throw new Error(result.message);
      setName("");
      onDone(result.data.recoveryCodes);
    } catch (failure) {
      setAlert(passkeyFailureMessage(failure, "Adding the passkey was cancelled or timed out. Try again when you're ready."));
    } finally {
      setPending(false);
    }
  }

  return (
    <form onSubmit={submit} noValidate aria-label="Add a passkey or security key" className="space-y-3">
      <TextField
        id="passkey-name"
        label="Name for this passkey"
        hint="So you can tell them apart, e.g. “Front desk security key” or “My phone”."
        maxLength={60}
        value={name}
        onChange={(event) => setName(event.target.value)}
        error={error ?? undefined}
        className="max-w-sm"
      />
      <FormAlert message={alert} />
      <SubmitButton pending={pending} pendingLabel="Waiting for your passkey…">
        Add a passkey or security key
      </SubmitButton>
    </form>
  );
}
