"use client";

import { useRouter } from "next/navigation";
import { useState, type ComponentProps } from "react";
import { FormAlert } from "@/components/ui/FormAlert";
import type { ServerAction } from "@/lib/actions/types";
import { secondaryButton } from "./buttons";
import { PasskeySetup } from "./PasskeySetup";
import { RecoveryCodes } from "./RecoveryCodes";
import { TotpSetup } from "./TotpSetup";
import { useActionAlert } from "./use-action-alert";

type Props = {
  overview: {
    totp: boolean;
    passkeys: { id: string; name: string; added: string; lastUsed: string | null }[];
    recoveryCodesLeft: number;
    trustedBrowsers: number;
    required: boolean;
  };
  totp: Pick<ComponentProps<typeof TotpSetup>, "start" | "confirm">;
  passkey: Pick<ComponentProps<typeof PasskeySetup>, "start" | "finish">;
  removeTotp: ServerAction<Record<string, never>>;
  removePasskey: ServerAction<{ passkeyId: string }>;
  regenerateRecoveryCodes: ServerAction<Record<string, never>, { recoveryCodes: string[] }>;
  forgetTrustedBrowsers: ServerAction<Record<string, never>, { forgotten: number }>;
};

/** The staff member's second factors: an app, passkeys and security keys, recovery codes, trusted browsers. */
export function TwoFactorSettings({
  overview,
  totp,
  passkey,
  removeTotp,
  removePasskey,
  regenerateRecoveryCodes,
  forgetTrustedBrowsers,
}: Props) {
  const router = useRouter();
  const [codes, setCodes] = useState<string[] | null>(null);
  const { pending, alert, run } = useActionAlert();

  const added = (recoveryCodes: string[] | null) => {
    if (recoveryCodes) setCodes(recoveryCodes);
    router.refresh();
  };
  const refresh = () => router.refresh();
  const button = (label: string, onClick: () => void, ariaLabel?: string) => (
    <button type="button" disabled={pending} aria-label={ariaLabel} className={secondaryButton} onClick={onClick}>
      {label}
    </button>
  );

  if (codes) return <RecoveryCodes codes={codes} onDone={() => setCodes(null)} doneLabel="I saved them" />;

  return (
    <div className="mt-4 space-y-6">
      <p className="text-sm text-stone-700">
        {overview.required
          ? "Your spa requires a second step for staff accounts. Keep at least one."
          : "A second step keeps health records safe even if someone learns your password."}
      </p>
      <section aria-labelledby="app-heading" className="space-y-2">
        <h3 id="app-heading" className="font-semibold">
          Authenticator app
        </h3>
        {overview.totp ? (
          <div className="flex flex-wrap items-center gap-3">
            <p className="text-sm text-stone-800">On: sign-ins ask for a code from your app.</p>
            {button("Remove the app", () => run(() => removeTotp({}), "The authenticator app was removed.", refresh))}
          </div>
        ) : (
          <TotpSetup {...totp} onDone={added} />
        )}
      </section>
      <section aria-labelledby="passkeys-heading" className="space-y-3">
        <h3 id="passkeys-heading" className="font-semibold">
          Passkeys and security keys
        </h3>
        {overview.passkeys.length > 0 && (
          <ul aria-label="Your passkeys" className="divide-y divide-stone-200 rounded-lg border border-stone-200">
            {overview.passkeys.map((key) => (
              <li key={key.id} className="flex flex-wrap items-center justify-between gap-3 p-3 text-sm">
                <div>
                  <p className="font-medium">{key.name}</p>
                  <p className="text-stone-600">
                    Added {key.added}
                    {key.lastUsed ? ` · last used ${key.lastUsed}` : ""}
                  </p>
                </div>
                {button(
                  "Remove",
                  () => run(() => removePasskey({ passkeyId: key.id }), `${key.name} was removed.`, refresh),
                  `Remove ${key.name}`,
                )}
              </li>
            ))}
          </ul>
        )}
        <PasskeySetup {...passkey} onDone={added} />
      </section>
      {(overview.totp || overview.passkeys.length > 0) && (
        <section aria-labelledby="recovery-heading" className="space-y-2">
          <h3 id="recovery-heading" className="font-semibold">
            Recovery codes
          </h3>
          <p className="text-sm text-stone-800">{overview.recoveryCodesLeft} of 10 left.</p>
          {button("Make new recovery codes", () =>
            run(
              () => regenerateRecoveryCodes({}),
              "New recovery codes were made; the old ones no longer work.",
              (data) => setCodes(data.recoveryCodes),
            ),
          )}
        </section>
      )}
      {overview.trustedBrowsers > 0 && (
        <section aria-labelledby="trusted-heading" className="space-y-2">
          <h3 id="trusted-heading" className="font-semibold">
            Trusted browsers
          </h3>
          <p className="text-sm text-stone-800">
            {overview.trustedBrowsers} {overview.trustedBrowsers === 1 ? "browser skips" : "browsers skip"} the second step for 30 days.
          </p>
          {button("Forget trusted browsers", () =>
            run(() => forgetTrustedBrowsers({}), "Every browser will ask for the second step again.", refresh),
          )}
        </section>
      )}
      <FormAlert message={alert?.message ?? null} tone={alert?.tone} />
    </div>
  );
}
