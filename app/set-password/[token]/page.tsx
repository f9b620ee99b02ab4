import type { Metadata } from "next";
import Link from "next/link";
import { AuthCard } from "@/components/auth/AuthCard";
import { SetPasswordForm } from "@/components/auth/SetPasswordForm";
import { checkPasswordToken, tokenRefusal } from "@/lib/account/password-commands";
import { setPasswordAction } from "./actions";

export const metadata: Metadata = { title: "Set your password", referrer: "no-referrer" };

type Props = { params: Promise<{ token: string }> };

/** Where the desk's set-password link leads: choose a password once, then sign in. */
export default async function SetPasswordPage({ params }: Props) {
  const { token } = await params;
  const { state, name } = await checkPasswordToken(token);
  const refusal = tokenRefusal(state);
  return (
    <AuthCard
      title="Set your password"
      intro={name ? `Welcome, ${name}. Choose a password for your account.` : "Choose a password for your account."}
    >
      {refusal ? (
        <div className="mt-6 space-y-4">
          <p role="alert" className="rounded-lg border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-800">
            {refusal}
          </p>
          <Link href="/signin" className="inline-flex min-h-11 items-center font-medium text-brand-700 underline">
            Go to sign in
          </Link>
        </div>
      ) : (
        <SetPasswordForm token={token} action={setPasswordAction} />
      )}
    </AuthCard>
  );
}
