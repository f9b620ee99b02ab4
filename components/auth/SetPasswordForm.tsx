"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import Link from "next/link";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { applyServerErrors } from "@/components/forms/apply-server-errors";
import { FormAlert } from "@/components/ui/FormAlert";
import { SubmitButton } from "@/components/ui/SubmitButton";
import { NewPasswordFields } from "./NewPasswordFields";
import type { ServerAction } from "@/lib/actions/types";
import { setPasswordSchema, type SetPasswordData, type SetPasswordInput } from "@/lib/auth/schema";

const FIELDS = ["password", "confirmPassword"] as const;

export function SetPasswordForm({ token, action }: { token: string; action: ServerAction<SetPasswordInput, { email: string }> }) {
  const form = useForm<SetPasswordInput, unknown, SetPasswordData>({
    resolver: zodResolver(setPasswordSchema),
    defaultValues: { token, password: "", confirmPassword: "" },
  });
  const [pending, setPending] = useState(false);
  const [alert, setAlert] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const { errors } = form.formState;
  const onSubmit = form.handleSubmit(async (values) => {
    setAlert(null);
    setPending(true);
    const result = await action(values);
    setPending(false);
    if (result.ok) setDone(result.data.email);
    else setAlert(applyServerErrors(result, form.setError, FIELDS));
  });
  if (done) {
    return (
      <div className="mt-6 space-y-4">
        <p role="status" className="rounded-lg border border-brand-100 bg-brand-50 px-3 py-2 text-sm text-brand-800">
          Your password is set. Sign in with {done} to see your appointments and fill in your intake form.
        </p>
        <Link
          href={`/signin?${new URLSearchParams({ callbackUrl: "/account/intake" })}`}
          className="inline-flex min-h-11 items-center rounded-lg bg-brand-700 px-5 font-medium text-white"
        >
          Sign in
        </Link>
      </div>
    );
  }
  return (
    <form onSubmit={onSubmit} noValidate aria-label="Set your password" className="mt-6 space-y-5">
      <fieldset disabled={pending} className="space-y-5">
        <NewPasswordFields
          idPrefix="set"
          password={{ registration: form.register("password"), error: errors.password?.message }}
          confirm={{ registration: form.register("confirmPassword"), error: errors.confirmPassword?.message }}
        />
      </fieldset>
      <FormAlert message={alert} />
      <SubmitButton pending={pending} pendingLabel="Saving…">
        Set password
      </SubmitButton>
    </form>
  );
}
