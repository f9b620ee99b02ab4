"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useState, useTransition } from "react";
import { useForm, useWatch } from "react-hook-form";
import { applyServerErrors } from "@/components/forms/apply-server-errors";
import { FormAlert } from "@/components/ui/FormAlert";
import { SubmitButton } from "@/components/ui/SubmitButton";
import { TextField } from "@/components/ui/TextField";
import type { ServerAction } from "@/lib/actions/types";
import { waitlistPolicySchema, type WaitlistPolicyInput } from "@/lib/waitlist/schema";

/** How freed time is offered: one client at a time or the next N at once, and how long a hold lasts. */
export function WaitlistPolicyForm({
  defaultValues,
  action,
}: {
  defaultValues: WaitlistPolicyInput;
  action: ServerAction<WaitlistPolicyInput>;
}) {
  const form = useForm<WaitlistPolicyInput>({ resolver: zodResolver(waitlistPolicySchema), defaultValues });
  const mode = useWatch({ control: form.control, name: "waitlistOfferMode" });
  const [pending, startTransition] = useTransition();
  const [alert, setAlert] = useState<{ tone: "error" | "success"; message: string } | null>(null);
  const { errors } = form.formState;
  const onSubmit = form.handleSubmit((values) => {
    setAlert(null);
    startTransition(async () => {
      const result = await action(values);
      if (result.ok) setAlert({ tone: "success", message: "Waitlist settings saved." });
      else setAlert({ tone: "error", message: applyServerErrors(result, form.setError, ["waitlistBatchSize", "waitlistHoldMinutes"]) });
    });
  });
  return (
    <form onSubmit={onSubmit} noValidate aria-label="Waitlist settings" className="space-y-4">
      <fieldset disabled={pending} className="space-y-4">
        <fieldset>
          <legend className="font-semibold">Who is offered a freed time</legend>
          <label className="mt-2 flex min-h-11 items-center gap-2">
            <input type="radio" value="ONE_AT_A_TIME" className="size-4 accent-brand-700" {...form.register("waitlistOfferMode")} />
            One client at a time, in queue order
          </label>
          <label className="flex min-h-11 items-center gap-2">
            <input type="radio" value="NEXT_N" className="size-4 accent-brand-700" {...form.register("waitlistOfferMode")} />
            The next few clients at once: the first to book it wins
          </label>
        </fieldset>
        {mode === "NEXT_N" && (
          <TextField
            id="waitlist-batch-size"
            label="How many clients at once"
            type="number"
            inputMode="numeric"
            min={2}
            max={10}
            error={errors.waitlistBatchSize?.message}
            {...form.register("waitlistBatchSize", { valueAsNumber: true })}
          />
        )}
        <TextField
          id="waitlist-hold-minutes"
          label="Hold an offered time for (minutes)"
          hint="Nobody else can book it meanwhile; then it goes to the next client."
          type="number"
          inputMode="numeric"
          min={5}
          max={1440}
          error={errors.waitlistHoldMinutes?.message}
          {...form.register("waitlistHoldMinutes", { valueAsNumber: true })}
        />
      </fieldset>
      <FormAlert message={alert?.message ?? null} tone={alert?.tone} />
      <SubmitButton pending={pending}>Save waitlist settings</SubmitButton>
    </form>
  );
}
