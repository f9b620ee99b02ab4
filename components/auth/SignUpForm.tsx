"use client";

import { useState } from "react";
import { flushSync } from "react-dom";
import { useForm } from "react-hook-form";
import { applyServerErrors } from "@/components/forms/apply-server-errors";
import { FormAlert } from "@/components/ui/FormAlert";
import { SubmitButton } from "@/components/ui/SubmitButton";
import { EmailField, TextField } from "@/components/ui/TextField";
import { NewPasswordFields } from "./NewPasswordFields";
import { lazyZodResolver } from "@/components/forms/lazy-zod-resolver";
import type { SignUpData, SignUpInput } from "@/lib/auth/schema";
import type { ServerAction } from "@/lib/actions/types";

type Props = {
  /** app/signup/actions.ts, passed in by the page so this component does no data access itself. */
  action: ServerAction<SignUpInput & { callbackUrl?: string | null }>;
  callbackUrl: string | null;
};

const FIELDS = ["name", "email", "password"] as const;

export function SignUpForm({ action, callbackUrl }: Props) {
  const form = useForm<SignUpInput, unknown, SignUpData>({
    resolver: lazyZodResolver(() => import("@/lib/auth/schema").then((module) => module.signUpSchema)),
    defaultValues: { name: "", email: "", password: "" },
  });
  const [pending, setPending] = useState(false);
  const [alert, setAlert] = useState<string | null>(null);
  const [sentTo, setSentTo] = useState<string | null>(null);
  const { errors } = form.formState;

  const onSubmit = form.handleSubmit(async (values) => {
    setAlert(null);
    setPending(true);
    try {
      const result = await action({ ...values, callbackUrl });
      if (!result.ok) {
        const message = applyServerErrors(result, form.setError, FIELDS);
        const firstField = FIELDS.find((field) => result.fieldErrors?.[field]?.length);
        // Said once, on its field (a taken email says so under Email), and that field focused
        // so it is read out; the alert above the button only points there.
        setAlert(firstField ? "Please correct the highlighted fields." : message);
        flushSync(() => setPending(false));
        if (firstField) form.setFocus(firstField);
        return;
      }
      // The same answer whether or not the address already has an account: the email says which.
      setSentTo(values.email);
    } catch {
      setAlert("Creating your account didn't work just now. Please try again in a moment.");
      setPending(false);
    }
  });

  if (sentTo) return <CheckYourEmail email={sentTo} returnsToBooking={callbackUrl?.startsWith("/book") ?? false} />;

  return (
    <form onSubmit={onSubmit} noValidate aria-label="Create account" className="mt-6 space-y-5">
      <fieldset disabled={pending} className="space-y-5">
        <TextField id="sign-up-name" label="Full name" autoComplete="name" error={errors.name?.message} {...form.register("name")} />
        <EmailField id="sign-up-email" error={errors.email?.message} {...form.register("email")} />
        <NewPasswordFields idPrefix="sign-up" password={{ registration: form.register("password"), error: errors.password?.message }} />
      </fieldset>
      <FormAlert message={alert} />
      <SubmitButton pending={pending} pendingLabel="Creating your account…">
        Create account
      </SubmitButton>
    </form>
  );
}

function CheckYourEmail({ email, returnsToBooking }: { email: string; returnsToBooking: boolean }) {
  return (
    <section aria-labelledby="check-email-heading" className="mt-6 space-y-3" role="status">
      <h2 id="check-email-heading" className="text-lg font-semibold">
        Check your email
      </h2>
      <p className="text-stone-700">
        We sent a message to <strong className="break-all">{email}</strong>. Open the link in it to finish: it works for 24 hours
        {returnsToBooking ? " and brings you straight back to the time you chose." : "."}
      </p>
      <p className="text-sm text-stone-600">Nothing there after a few minutes? Look in your spam folder, or call the spa.</p>
    </section>
  );
}
