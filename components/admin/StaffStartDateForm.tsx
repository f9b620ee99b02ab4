"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useForm } from "react-hook-form";
import { useFormAction } from "@/components/forms/use-form-action";
import { FormAlert } from "@/components/ui/FormAlert";
import { SubmitButton } from "@/components/ui/SubmitButton";
import { TextField } from "@/components/ui/TextField";
import { setStaffStartDateSchema, type SetStaffStartDateInput } from "@/lib/staff/schema";
import type { ServerAction } from "@/lib/actions/types";

type Props = { staffId: string; startDate: string; action: ServerAction<SetStaffStartDateInput> };

/** An esthetician's first working day; the reports count their working hours from it. */
export function StaffStartDateForm({ staffId, startDate, action }: Props) {
  const form = useForm<SetStaffStartDateInput>({ resolver: zodResolver(setStaffStartDateSchema), defaultValues: { staffId, startDate } });
  const { pending, alert, onSubmit } = useFormAction(form, { action, fields: ["startDate"], success: "Start date saved." });
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
