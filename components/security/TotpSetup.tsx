"use client";

import { useState } from "react";
import { FormAlert } from "@/components/ui/FormAlert";
import { SubmitButton } from "@/components/ui/SubmitButton";
import type { ServerAction } from "@/lib/actions/types";
import { totpCodeSchema } from "@/lib/auth/second-factor/schema";
import { secondaryButton } from "./buttons";
import { CodeField } from "./CodeField";

type Setup = { secret: string; uri: string; qrSvg: string };

type Props = {
  start: ServerAction<Record<string, never>, Setup>;
  confirm: ServerAction<{ code: string }, { recoveryCodes: string[] | null }>;
  /** Called once the app is confirmed, with the recovery codes when this was the first factor. */
  onDone: (recoveryCodes: string[] | null) => void;
};

/** Set up an authenticator app: scan the QR code (or type the key), then prove it with a code. */
export function TotpSetup({ start, confirm, onDone }: Props) {
  const [setup, setSetup] = useState<Setup | null>(null);
  const [code, setCode] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [alert, setAlert] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  async function begin() {
    setPending(true);
    setAlert(null);
    const result = await start({});
    setPending(false);
    if (result.ok) setSetup(result.data);
    else setAlert(result.message);
  }

  async function submit(event: React.FormEvent) {
    event.preventDefault();
    const parsed = totpCodeSchema.safeParse(code);
    if (!parsed.success) {
      setError(parsed.error.issues[0]?.message ?? null);
      return;
    }
    setError(null);
    setAlert(null);
    setPending(true);
    const result = await confirm({ code: parsed.data });
    setPending(false);
    if (result.ok) onDone(result.data.recoveryCodes);
    else if (result.fieldErrors?.code) setError(result.fieldErrors.code[0] ?? null);
    else setAlert(result.message);
  }

  if (!setup) {
    return (
      <div className="space-y-3">
        <FormAlert message={alert} />
        <button type="button" onClick={begin} disabled={pending} className={secondaryButton}>
          {pending ? "Preparing…" : "Set up an authenticator app"}
        </button>
      </div>
    );
  }

  return (
    <form onSubmit={submit} noValidate aria-label="Set up an authenticator app" className="space-y-4">
      <ol className="list-decimal space-y-3 pl-5 text-sm text-stone-800">
        <li>
          Open an authenticator app (Google Authenticator, Microsoft Authenticator, 1Password…) on your phone or the desk&apos;s device and
          scan this code.
          {/* The QR code is drawn by the server from the otpauth link; the key below says the same in text. */}
          {/* eslint-disable-next-line @next/next/no-img-element */}
          <img
            src={`data:image/svg+xml;base64,${btoa(setup.qrSvg)}`}
            alt="QR code for your authenticator app (the setup key below holds the same information)"
            width={192}
            height={192}
            className="mt-2 rounded border border-stone-200 bg-white"
          />
        </li>
        <li>
          Can&apos;t scan? Enter this setup key instead:{" "}
          <code aria-label="Setup key" className="break-all rounded bg-stone-100 px-1 font-mono">
            {setup.secret.match(/.{1,4}/g)?.join(" ")}
          </code>
        </li>
        <li>Enter the 6-digit code the app shows.</li>
      </ol>
      <CodeField id="totp-setup-code" label="Code from the app" value={code} onChange={setCode} error={error} />
      <FormAlert message={alert} />
      <SubmitButton pending={pending} pendingLabel="Checking…">
        Turn on
      </SubmitButton>
    </form>
  );
}
