import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { AuthCard } from "@/components/auth/AuthCard";
import { SignUpForm } from "@/components/auth/SignUpForm";
import { getActor } from "@/lib/auth/actor";
import { authPageHref, destinationAfterSignIn, safeCallbackUrl } from "@/lib/auth/callback-url";
import { signUpAction } from "./actions";

export const metadata: Metadata = { title: "Create an account" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function SignUpPage({ searchParams }: Props) {
  const callbackUrl = safeCallbackUrl((await searchParams).callbackUrl);
  const actor = await getActor();
  if (actor) redirect(destinationAfterSignIn(actor.role, callbackUrl));

  return (
    <AuthCard
      title="Create an account"
      intro="Book facials online, fill in your intake before the visit and keep your homecare plan in one place."
    >
      <SignUpForm action={signUpAction} callbackUrl={callbackUrl} />
      <p className="mt-6 text-sm text-stone-700">
        Already have an account?{" "}
        <Link
          href={authPageHref("/signin", callbackUrl)}
          className="inline-flex min-h-11 items-center font-medium text-brand-700 underline"
        >
          Sign in
        </Link>
      </p>
    </AuthCard>
  );
}
