"use client";

import { useState } from "react";
import type { ComponentProps } from "react";
import { PasskeySetup } from "./PasskeySetup";
import { RecoveryCodes } from "./RecoveryCodes";
import { TotpSetup } from "./TotpSetup";

type Props = {
  destination: string;
  totp: Pick<ComponentProps<typeof TotpSetup>, "start" | "confirm">;
  passkey: Pick<ComponentProps<typeof PasskeySetup>, "start" | "finish">;
};

/**
 * Shown at sign-in when the spa requires a second step and this staff account has none: set one up
 * now (an app, or a passkey / security key for a shared desk without a personal phone).
 */
export function FirstFactorSetup({ destination, totp, passkey }: Props) {
  const [codes, setCodes] = useState<string[] | null>(null);
  const continueOn = (recoveryCodes: string[] | null) => {
    if (recoveryCodes) setCodes(recoveryCodes);
    else window.location.assign(destination);
  };
  if (codes) return <RecoveryCodes codes={codes} onDone={() => window.location.assign(destination)} doneLabel="I saved them, continue" />;
  return (
    <div className="mt-6 space-y-8">
      <section aria-labelledby="setup-app-heading" className="space-y-3">
        <h2 id="setup-app-heading" className="text-lg font-semibold">
          An authenticator app
        </h2>
        <p className="text-sm text-stone-700">On your phone, or on a tablet kept at the desk.</p>
        <TotpSetup {...totp} onDone={continueOn} />
      </section>
      <section aria-labelledby="setup-passkey-heading" className="space-y-3">
        <h2 id="setup-passkey-heading" className="text-lg font-semibold">
          A passkey or security key
        </h2>
        <p className="text-sm text-stone-700">
          This computer&apos;s or your phone&apos;s screen lock, or a USB / NFC security key: no phone needed at a shared desk.
        </p>
        <PasskeySetup {...passkey} onDone={continueOn} />
      </section>
    </div>
  );
}
