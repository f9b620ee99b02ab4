import type { Metadata } from "next";
import { ChangePasswordForm } from "@/components/security/ChangePasswordForm";
import { SessionList } from "@/components/security/SessionList";
import { TwoFactorSettings } from "@/components/security/TwoFactorSettings";
import { FormAlert } from "@/components/ui/FormAlert";
import { getSignedInSession } from "@/lib/auth/actor";
import { requirePageActor } from "@/lib/auth/page-guard";
import { can } from "@/lib/auth/policy";
import { formatDateTime } from "@/lib/format/zoned";
import { getSpaLocation } from "@/lib/location/queries";
import { listOwnSessions } from "@/lib/security/sessions";
import { getTwoFactorOverview } from "@/lib/security/two-factor";
import {
  changePasswordAction,
  confirmTotpSetupAction,
  endOtherSessionsAction,
  endSessionAction,
  finishPasskeyRegistrationAction,
  forgetTrustedBrowsersAction,
  regenerateRecoveryCodesAction,
  removePasskeyAction,
  removeTotpAction,
  startPasskeyRegistrationAction,
  startTotpSetupAction,
} from "./actions";

export const metadata: Metadata = { title: "Sign-in and security" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function SecurityPage({ searchParams }: Props) {
  await requirePageActor("account:manage-security", "/account/security");
  const session = (await getSignedInSession())!;
  const spa = await getSpaLocation();
  const zone = spa?.timeZone ?? "UTC";
  const when = (instant: Date) => formatDateTime(instant, zone, { date: "medium", time: "short" });
  const staff = can(session.actor, "account:manage-two-factor");
  const [sessions, overview] = await Promise.all([listOwnSessions(session), staff ? getTwoFactorOverview(session) : null]);
  const left = Number((await searchParams).recoveryCodesLeft);
  const lowCodes =
    Number.isInteger(left) && left >= 0 && left <= 3
      ? `You have ${left} recovery ${left === 1 ? "code" : "codes"} left. Make new ones below and keep them safe.`
      : null;

  return (
    <div className="max-w-2xl space-y-8">
      <header>
        <h1 className="text-2xl font-semibold">Sign-in and security</h1>
        <p className="mt-1 text-stone-600">Signed in as {session.actor.email}</p>
      </header>
      <FormAlert message={lowCodes} />
      <section aria-labelledby="sessions-heading" className="rounded-xl border border-stone-200 bg-white p-6">
        <h2 id="sessions-heading" className="text-lg font-semibold">
          Where you&apos;re signed in
        </h2>
        <p className="mt-1 text-sm text-stone-600">
          A session ends after 2 hours without use, and 12 hours after signing in at the latest. Don&apos;t recognise one? Sign it out and
          change your password.
        </p>
        <SessionList
          sessions={sessions.map((row) => ({
            id: row.id,
            current: row.current,
            device: row.device,
            ip: row.ip || "unknown address",
            started: when(row.createdAt),
            lastActive: when(row.lastSeenAt),
          }))}
          endSession={endSessionAction}
          endOthers={endOtherSessionsAction}
        />
      </section>
      {overview && (
        <section aria-labelledby="two-factor-heading" className="rounded-xl border border-stone-200 bg-white p-6">
          <h2 id="two-factor-heading" className="text-lg font-semibold">
            Second step
          </h2>
          <TwoFactorSettings
            overview={{
              ...overview,
              passkeys: overview.passkeys.map((key) => ({
                id: key.id,
                name: key.name,
                added: when(key.createdAt),
                lastUsed: key.lastUsedAt ? when(key.lastUsedAt) : null,
              })),
            }}
            totp={{ start: startTotpSetupAction, confirm: confirmTotpSetupAction }}
            passkey={{ start: startPasskeyRegistrationAction, finish: finishPasskeyRegistrationAction }}
            removeTotp={removeTotpAction}
            removePasskey={removePasskeyAction}
            regenerateRecoveryCodes={regenerateRecoveryCodesAction}
            forgetTrustedBrowsers={forgetTrustedBrowsersAction}
          />
        </section>
      )}
      <section aria-labelledby="password-heading" className="rounded-xl border border-stone-200 bg-white p-6">
        <h2 id="password-heading" className="text-lg font-semibold">
          Change password
        </h2>
        <p className="mt-1 text-sm text-stone-600">Changing it signs you out everywhere else.</p>
        <ChangePasswordForm action={changePasswordAction} />
      </section>
    </div>
  );
}
