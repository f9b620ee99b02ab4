"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useState, useTransition } from "react";
import { useForm } from "react-hook-form";
import { applyServerErrors } from "@/components/forms/apply-server-errors";
import { FormAlert } from "@/components/ui/FormAlert";
import { SubmitButton } from "@/components/ui/SubmitButton";
import { TextField } from "@/components/ui/TextField";
import { setStaffStartDateSchema, type SetStaffStartDateInput } from "@/lib/staff/schema";
import type { ServerAction } from "@/lib/actions/types";

type Props = { staffId: string; startDate: string; action: ServerAction<SetStaffStartDateInput> };

/** An esthetician's first working day; the reports count their working hours from it. */
export function StaffStartDateForm({ staffId, startDate, action }: Props) {
  const form = useForm<SetStaffStartDateInput>({ resolver: zodResolver(setStaffStartDateSchema), defaultValues: { staffId, startDate } });
  const [pending, startTransition] = useTransition();
  const [alert, setAlert] = useState<{ tone: "error" | "success"; message: string } | null>(null);

  const onSubmit = form.handleSubmit((values) => {
    setAlert(null);
    startTransition(async () => {
      const result = await action(values);
      setAlert(
        result.ok
          ? { tone: "success", message: "Start date saved." }
          : { tone: "error", message: applyServerErrors(result, form.setError, ["startDate"]) },
      );
    });
  });

  return (
    <form onSubmit={onSubmit} noValidate aria-label="Start date" className="max-w-xs space-y-3">
      <fieldset disabled={pending}>
        <TextField
          id="staff-start-date"
          label="First working day"
          type="date"
          hint="Reports count their working hours from this day."
          error={form.formState.errors.startDate?.message}
          {...form.register("startDate")}
        />
      </fieldset>
      <FormAlert message={alert?.message ?? null} tone={alert?.tone} />
      <SubmitButton pending={pending}>Save start date</SubmitButton>
    </form>
  );
}
