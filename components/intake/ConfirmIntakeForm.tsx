"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { useForm } from "react-hook-form";
import { z } from "zod";
import { applyServerErrors } from "@/components/forms/apply-server-errors";
import { FormAlert } from "@/components/ui/FormAlert";
import { SubmitButton } from "@/components/ui/SubmitButton";
import { TextField } from "@/components/ui/TextField";
import { confirmIntakeFormSchema } from "@/lib/intake/confirm-schema";
import { CONSENT_TEXT } from "./ConsentFields";
import type { ServerAction } from "@/lib/actions/types";
import type { ConfirmIntakeFields } from "@/lib/intake/confirm-schema";

type Values = z.input<typeof confirmIntakeFormSchema>;

/** "Nothing has changed — confirm": signs the latest answers again as a new version. */
export function ConfirmIntakeForm({
  submissionId,
  confirm,
  doneHref = "/account/intake?confirmed=1",
}: {
  submissionId: string;
  confirm: ServerAction<ConfirmIntakeFields, { id: string }>;
  doneHref?: string;
}) {
  const form = useForm<Values>({
    resolver: zodResolver(confirmIntakeFormSchema),
    defaultValues: { submissionId, agreed: false, signature: "" },
  });
  const [pending, startTransition] = useTransition();
  const [alert, setAlert] = useState<string | null>(null);
  const router = useRouter();
  const { errors } = form.formState;

  const onSubmit = form.handleSubmit((values) => {
    setAlert(null);
    startTransition(async () => {
      const result = await confirm(values);
      if (result.ok) {
        router.push(doneHref);
        router.refresh();
      } else {
        setAlert(applyServerErrors(result, form.setError, ["agreed", "signature"]));
      }
    });
  });

  return (
    <form onSubmit={onSubmit} noValidate aria-label="Confirm your intake" className="space-y-4">
      <fieldset disabled={pending} className="space-y-4">
        <legend className="sr-only">Confirm that nothing has changed</legend>
        <div className="flex min-h-11 items-start gap-3">
          <input
            id="confirm-agreed"
            type="checkbox"
            className="mt-1 size-5 shrink-0 accent-brand-700"
            aria-invalid={errors.agreed ? true : undefined}
            aria-describedby={errors.agreed ? "confirm-agreed-error" : undefined}
            {...form.register("agreed")}
          />
          <label htmlFor="confirm-agreed">Nothing has changed since my last intake. {CONSENT_TEXT}</label>
        </div>
        {errors.agreed && (
          <p id="confirm-agreed-error" className="text-sm text-red-700">
            {errors.agreed.message}
          </p>
        )}
        <TextField
          id="confirm-signature"
          label="Signature — type your full name"
          error={errors.signature?.message}
          {...form.register("signature")}
        />
      </fieldset>
      <FormAlert message={alert} />
      <SubmitButton pending={pending} pendingLabel="Confirming…">
        Nothing has changed — confirm
      </SubmitButton>
    </form>
  );
}
