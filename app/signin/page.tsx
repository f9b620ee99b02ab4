import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { AuthCard } from "@/components/auth/AuthCard";
import { PasskeySignIn } from "@/components/auth/PasskeySignIn";
import { SignInForm } from "@/components/auth/SignInForm";
import { getSignedInSession } from "@/lib/auth/actor";
import { authPageHref, destinationAfterSignIn, safeCallbackUrl, secondStepHref } from "@/lib/auth/callback-url";
import { signInErrorMessage } from "@/lib/auth/sign-in-errors";
import { passkeySignInOptionsAction } from "./actions";

export const metadata: Metadata = { title: "Sign in" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function SignInPage({ searchParams }: Props) {
  const params = await searchParams;
  const callbackUrl = safeCallbackUrl(params.callbackUrl);
  const session = await getSignedInSession();
  if (session?.secondFactor === "complete") redirect(destinationAfterSignIn(session.actor.role, callbackUrl));
  // Signed in with a password but owing the second step: that is where to go.
  if (session) redirect(secondStepHref(callbackUrl));
  // `error` is set by next-auth when it lands here; only known codes turn into text.
  const error = signInErrorMessage(typeof params.error === "string" ? params.error : null);

  return (
    <AuthCard title="Sign in" intro="Welcome back. Sign in to book, see your visits and read your homecare plan.">
      <SignInForm callbackUrl={callbackUrl} initialError={error} />
      <PasskeySignIn callbackUrl={callbackUrl} options={passkeySignInOptionsAction} />
      <p className="mt-6 text-sm text-stone-700">
        New here?{" "}
        <Link
          href={authPageHref("/signup", callbackUrl)}
          className="inline-flex min-h-11 items-center font-medium text-brand-700 underline"
        >
          Create an account
        </Link>
      </p>
    </AuthCard>
  );
}
