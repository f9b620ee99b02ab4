"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useState, useTransition } from "react";
import { useForm } from "react-hook-form";
import { applyServerErrors } from "@/components/forms/apply-server-errors";
import { FormAlert } from "@/components/ui/FormAlert";
import { SubmitButton } from "@/components/ui/SubmitButton";
import { PasswordField } from "@/components/ui/TextField";
import { NewPasswordFields } from "@/components/auth/NewPasswordFields";
import type { ServerAction } from "@/lib/actions/types";
import { changePasswordSchema, type ChangePasswordData, type ChangePasswordInput } from "@/lib/security/schema";

const FIELDS = ["currentPassword", "newPassword", "confirmPassword"] as const;

export function ChangePasswordForm({ action }: { action: ServerAction<ChangePasswordInput, { endedSessions: number }> }) {
  const form = useForm<ChangePasswordInput, unknown, ChangePasswordData>({
    resolver: zodResolver(changePasswordSchema),
    defaultValues: { currentPassword: "", newPassword: "", confirmPassword: "" },
  });
  const [pending, startTransition] = useTransition();
  const [alert, setAlert] = useState<{ tone: "error" | "success"; message: string } | null>(null);
  const { errors } = form.formState;

  const onSubmit = form.handleSubmit((values) => {
    setAlert(null);
    startTransition(async () => {
      const result = await action(values);
      if (result.ok) {
        form.reset();
        const others = result.data.endedSessions;
        const ended = others === 0 ? "" : ` ${others} other ${others === 1 ? "session was" : "sessions were"} signed out.`;
        setAlert({ tone: "success", message: `Your password was changed.${ended}` });
      } else {
        setAlert({ tone: "error", message: applyServerErrors(result, form.setError, FIELDS) });
      }
    });
  });

  return (
    <form onSubmit={onSubmit} noValidate aria-label="Change password" className="mt-4 space-y-4">
      <fieldset disabled={pending} className="space-y-4">
        <PasswordField
          id="current-password"
          label="Current password"
          autoComplete="current-password"
          error={errors.currentPassword?.message}
          {...form.register("currentPassword")}
        />
        <NewPasswordFields
          idPrefix="new"
          label="New password"
          password={{ registration: form.register("newPassword"), error: errors.newPassword?.message }}
          confirm={{ registration: form.register("confirmPassword"), error: errors.confirmPassword?.message }}
        />
      </fieldset>
      <FormAlert message={alert?.message ?? null} tone={alert?.tone} />
      <SubmitButton pending={pending} pendingLabel="Changing…">
        Change password
      </SubmitButton>
    </form>
  );
}
