"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useForm } from "react-hook-form";
import { applyServerErrors } from "@/components/forms/apply-server-errors";
import { FormAlert } from "@/components/ui/FormAlert";
import { SubmitButton } from "@/components/ui/SubmitButton";
import { TextField } from "@/components/ui/TextField";
import { timeOffSchema, type TimeOffData, type TimeOffInput } from "@/lib/staff/hours-schema";
import type { ScheduleChangeResult } from "@/lib/staff/schedule-change";
import { AffectedAppointments } from "./AffectedAppointments";
import { describeChange, useScheduleChange } from "./use-schedule-change";
import type { ServerAction } from "@/lib/actions/types";

type Props = { staffId: string; timeZone: string; action: ServerAction<TimeOffInput, ScheduleChangeResult> };

export function TimeOffForm({ staffId, timeZone, action }: Props) {
  const form = useForm<TimeOffInput, unknown, TimeOffData>({
    resolver: zodResolver(timeOffSchema),
    defaultValues: { staffId, from: "", to: "", reason: "" },
  });
  const change = useScheduleChange<TimeOffData>({
    action,
    onSuccess: (result) => {
      form.reset({ staffId, from: "", to: "", reason: "" });
      return describeChange("Time off added", result);
    },
    onFailure: (failure) => applyServerErrors(failure, form.setError, ["from", "to", "reason"]),
  });
  const { errors } = form.formState;

  return (
    <form onSubmit={form.handleSubmit(change.submit)} noValidate aria-label="Add time off" className="space-y-3">
      <fieldset disabled={change.pending || change.affected !== null} className="grid gap-3 md:grid-cols-3">
        <TextField
          id="time-off-from"
          label="From"
          type="datetime-local"
          hint={`Spa time (${timeZone})`}
          error={errors.from?.message}
          {...form.register("from")}
        />
        <TextField
          id="time-off-to"
          label="Until"
          type="datetime-local"
          hint={`Spa time (${timeZone})`}
          error={errors.to?.message}
          {...form.register("to")}
        />
        <TextField
          id="time-off-reason"
          label="Reason"
          hint="Optional; staff-facing"
          error={errors.reason?.message}
          {...form.register("reason")}
        />
      </fieldset>
      {change.affected && (
        <AffectedAppointments
          affected={change.affected}
          timeZone={timeZone}
          pending={change.pending}
          onConfirm={change.confirm}
          onBack={change.back}
        />
      )}
      <FormAlert message={change.alert?.message ?? null} tone={change.alert?.tone} />
      {!change.affected && <SubmitButton pending={change.pending}>Add time off</SubmitButton>}
    </form>
  );
}
