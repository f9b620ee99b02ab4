"use client";

import { getSession, signIn } from "next-auth/react";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { FormAlert } from "@/components/ui/FormAlert";
import { SubmitButton } from "@/components/ui/SubmitButton";
import { EmailField, PasswordField } from "@/components/ui/TextField";
import { destinationAfterSignIn, safeCallbackUrl, secondStepHref } from "@/lib/auth/callback-url";
import { isRole } from "@/lib/auth/policy";
import { lazyZodResolver } from "@/components/forms/lazy-zod-resolver";
import type { SignInData, SignInInput } from "@/lib/auth/schema";
import { SIGN_IN_GENERIC_ERROR, signInErrorMessage } from "@/lib/auth/sign-in-errors";

type Props = { callbackUrl: string | null; initialError: string | null };

export function SignInForm({ callbackUrl, initialError }: Props) {
  const form = useForm<SignInInput, unknown, SignInData>({
    resolver: lazyZodResolver(() => import("@/lib/auth/schema").then((module) => module.signInSchema)),
    defaultValues: { email: "", password: "" },
  });
  const [pending, setPending] = useState(false);
  const [alert, setAlert] = useState<string | null>(initialError);
  const { errors } = form.formState;

  const onSubmit = form.handleSubmit(async (values) => {
    setAlert(null);
    setPending(true);
    try {
      const result = await signIn("credentials", { ...values, redirect: false });
      if (!result?.ok || result.error) {
        setAlert(signInErrorMessage(result?.error ?? "INTERNAL"));
        setPending(false);
        return;
      }
      const session = await getSession();
      const role = session?.user.role;
      // A full load, so the server-rendered header picks up the new session. The form stays
      // disabled until the next page replaces it. A second step, when owed, comes first.
      if (session && session.secondFactor !== "complete") window.location.assign(secondStepHref(callbackUrl));
      else window.location.assign(isRole(role) ? destinationAfterSignIn(role, callbackUrl) : (safeCallbackUrl(callbackUrl) ?? "/"));
    } catch {
      setAlert(SIGN_IN_GENERIC_ERROR);
      setPending(false);
    }
  });

  return (
    <form onSubmit={onSubmit} noValidate aria-label="Sign in" className="mt-6 space-y-5">
      <fieldset disabled={pending} className="space-y-5">
        <EmailField id="sign-in-email" error={errors.email?.message} {...form.register("email")} />
        <PasswordField
          id="sign-in-password"
          label="Password"
          autoComplete="current-password"
          error={errors.password?.message}
          {...form.register("password")}
        />
      </fieldset>
      <FormAlert message={alert} />
      <SubmitButton pending={pending} pendingLabel="Signing in…">
        Sign in
      </SubmitButton>
    </form>
  );
}
