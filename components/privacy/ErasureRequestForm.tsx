"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useForm } from "react-hook-form";
import { useFormAction } from "@/components/forms/use-form-action";
import { FormAlert } from "@/components/ui/FormAlert";
import { SubmitButton } from "@/components/ui/SubmitButton";
import { PasswordField } from "@/components/ui/TextField";
import type { ServerAction } from "@/lib/actions/types";
import { erasureRequestSchema, type ErasureRequestData, type ErasureRequestInput } from "@/lib/privacy/schema";

const FIELDS = ["password", "confirm"] as const;

/** The client's erasure request: their password again and an explicit confirmation. */
export function ErasureRequestForm({ action }: { action: ServerAction<ErasureRequestInput, { id: string }> }) {
  const form = useForm<ErasureRequestInput, unknown, ErasureRequestData>({
    resolver: zodResolver(erasureRequestSchema),
    defaultValues: { password: "", confirm: false as unknown as true },
  });
  const { errors } = form.formState;
  const { pending, alert, onSubmit } = useFormAction(form, {
    action,
    fields: FIELDS,
    success: "Your request was sent. The spa will decide and you will see the answer here.",
    onSaved: () => form.reset(),
  });

  return (
    <form onSubmit={onSubmit} noValidate aria-label="Ask for erasure" className="mt-4 space-y-4">
      <fieldset disabled={pending} className="space-y-4">
        <PasswordField
          id="erasure-password"
          label="Your password"
          hint="To make sure it is you asking."
          autoComplete="current-password"
          error={errors.password?.message}
          {...form.register("password")}
        />
        <div>
          <label className="flex min-h-11 items-start gap-3">
            <input
              type="checkbox"
              className="mt-1 size-5 shrink-0"
              aria-invalid={errors.confirm ? true : undefined}
              aria-describedby={errors.confirm ? "erasure-confirm-error" : undefined}
              {...form.register("confirm")}
            />
            <span>
              I understand that once the spa approves, I can no longer sign in, my upcoming appointments are cancelled, and this cannot be
              undone.
            </span>
          </label>
          {errors.confirm && (
            <p id="erasure-confirm-error" className="mt-1 text-sm text-red-700">
              {errors.confirm.message}
            </p>
          )}
        </div>
      </fieldset>
      <FormAlert message={alert?.message ?? null} tone={alert?.tone} />
      <SubmitButton pending={pending} pendingLabel="Sending…">
        Ask for erasure
      </SubmitButton>
    </form>
  );
}
