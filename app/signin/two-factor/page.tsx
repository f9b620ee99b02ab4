import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { AuthCard } from "@/components/auth/AuthCard";
import { SignOutButton } from "@/components/auth/SignOutButton";
import { signOutAction } from "../../signout/actions";
import { FirstFactorSetup } from "@/components/security/FirstFactorSetup";
import { SecondStepForm } from "@/components/security/SecondStepForm";
import { getSignedInSession } from "@/lib/auth/actor";
import { authPageHref, destinationAfterSignIn, safeCallbackUrl } from "@/lib/auth/callback-url";
import { secondStepChoices } from "@/lib/security/second-step";
import {
  confirmTotpSetupAction,
  finishPasskeyRegistrationAction,
  startPasskeyRegistrationAction,
  startTotpSetupAction,
} from "../../account/security/actions";
import { passkeySecondStepAction, passkeySecondStepOptionsAction, verifySecondStepAction } from "./actions";

export const metadata: Metadata = { title: "Second step" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** The second step of signing in, or setting one up when the spa requires it (lib/auth/session-rules.ts). */
export default async function SecondStepPage({ searchParams }: Props) {
  const callbackUrl = safeCallbackUrl((await searchParams).callbackUrl);
  const session = await getSignedInSession();
  if (!session) redirect(authPageHref("/signin", callbackUrl));
  const destination = destinationAfterSignIn(session.actor.role, callbackUrl);
  if (session.secondFactor === "complete") redirect(destination);

  const signOut = (
    <div className="mt-8 border-t border-stone-200 pt-4 text-sm text-stone-700">
      <p className="mb-2">Not you, or can&apos;t do this now?</p>
      <SignOutButton action={signOutAction} />
    </div>
  );

  if (session.secondFactor === "enrol") {
    return (
      <AuthCard
        title="Set up a second step"
        intro="Your spa asks every staff account for a second step when signing in, so a password alone can't open health records. Choose one:"
      >
        <FirstFactorSetup
          destination={destination}
          totp={{ start: startTotpSetupAction, confirm: confirmTotpSetupAction }}
          passkey={{ start: startPasskeyRegistrationAction, finish: finishPasskeyRegistrationAction }}
        />
        {signOut}
      </AuthCard>
    );
  }

  const choices = await secondStepChoices(session);
  return (
    <AuthCard title="Second step" intro={`Signed in as ${session.actor.email}. Confirm it's you to continue.`}>
      <SecondStepForm
        destination={destination}
        {...choices}
        verifyCode={verifySecondStepAction}
        passkeyOptions={passkeySecondStepOptionsAction}
        verifyPasskey={passkeySecondStepAction}
      />
      {signOut}
    </AuthCard>
  );
}
