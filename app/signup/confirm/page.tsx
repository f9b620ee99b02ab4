import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { AuthCard } from "@/components/auth/AuthCard";
import { ConfirmSignUp } from "@/components/auth/ConfirmSignUp";
import { getActor } from "@/lib/auth/actor";
import { destinationAfterSignIn, safeCallbackUrl } from "@/lib/auth/callback-url";

export const metadata: Metadata = { title: "Confirm your email", referrer: "no-referrer" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function ConfirmSignUpPage({ searchParams }: Props) {
  const params = await searchParams;
  const callbackUrl = safeCallbackUrl(params.callbackUrl);
  const actor = await getActor();
  if (actor) redirect(destinationAfterSignIn(actor.role, callbackUrl));
  const token = typeof params.token === "string" && params.token.length <= 64 ? params.token : "";
  return (
    <AuthCard title="Confirm your email" intro="One step left: confirm this is your email address to create your account and sign in.">
      <ConfirmSignUp token={token} callbackUrl={callbackUrl} />
    </AuthCard>
  );
}
