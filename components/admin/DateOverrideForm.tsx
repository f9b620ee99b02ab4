"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useFieldArray, useForm, useWatch } from "react-hook-form";
import { applyServerErrors } from "@/components/forms/apply-server-errors";
import { FormAlert } from "@/components/ui/FormAlert";
import { SubmitButton } from "@/components/ui/SubmitButton";
import { TextField } from "@/components/ui/TextField";
import { dateOverrideSchema, type DateOverrideData, type DateOverrideInput } from "@/lib/staff/hours-schema";
import type { ScheduleChangeResult } from "@/lib/staff/schedule-change";
import { AffectedAppointments } from "./AffectedAppointments";
import { describeChange, useScheduleChange } from "./use-schedule-change";
import type { ServerAction } from "@/lib/actions/types";

type Props = { staffId: string; timeZone: string; action: ServerAction<DateOverrideInput, ScheduleChangeResult> };

/** One date's own hours, or a day off; replaces the weekly hours on that date only. */
export function DateOverrideForm({ staffId, timeZone, action }: Props) {
  const empty: DateOverrideInput = { staffId, date: "", dayOff: true, ranges: [], reason: "" };
  const form = useForm<DateOverrideInput, unknown, DateOverrideData>({ resolver: zodResolver(dateOverrideSchema), defaultValues: empty });
  const { fields, append, remove } = useFieldArray({ control: form.control, name: "ranges" });
  const dayOff = useWatch({ control: form.control, name: "dayOff" });
  const change = useScheduleChange<DateOverrideData>({
    action,
    onSuccess: (result) => {
      form.reset(empty);
      return describeChange("Date override saved", result);
    },
    onFailure: (failure) => applyServerErrors(failure, form.setError, ["date", "ranges", "reason"]),
  });
  const { errors } = form.formState;

  return (
    <form onSubmit={form.handleSubmit(change.submit)} noValidate aria-label="Override one date" className="space-y-3">
      <fieldset disabled={change.pending || change.affected !== null} className="space-y-3">
        <div className="grid gap-3 md:grid-cols-2">
          <TextField id="override-date" label="Date" type="date" error={errors.date?.message} {...form.register("date")} />
          <TextField
            id="override-reason"
            label="Reason"
            hint="Optional; staff-facing"
            error={errors.reason?.message}
            {...form.register("reason")}
          />
        </div>
        <label className="flex min-h-11 items-center gap-2">
          <input type="checkbox" {...form.register("dayOff")} /> Day off (no hours that date)
        </label>
        {!dayOff && (
          <fieldset aria-describedby={errors.ranges?.message ? "override-ranges-error" : undefined} className="space-y-2">
            <legend className="text-sm font-medium">Hours that date</legend>
            {fields.map((field, index) => (
              <div key={field.id} className="flex items-end gap-2">
                <TextField
                  id={`override-${index}-start`}
                  label="From"
                  type="time"
                  className="min-w-0 flex-1"
                  error={errors.ranges?.[index]?.start?.message}
                  {...form.register(`ranges.${index}.start`)}
                />
                <TextField
                  id={`override-${index}-end`}
                  label="Until"
                  type="time"
                  className="min-w-0 flex-1"
                  error={errors.ranges?.[index]?.end?.message}
                  {...form.register(`ranges.${index}.end`)}
                />
                <button
                  type="button"
                  onClick={() => remove(index)}
                  className="mb-0.5 min-h-11 rounded-lg border border-stone-300 px-3 text-sm"
                >
                  Remove
                </button>
              </div>
            ))}
            {errors.ranges?.message && (
              <p id="override-ranges-error" className="text-sm text-red-700">
                {errors.ranges.message}
              </p>
            )}
            <button
              type="button"
              onClick={() => append({ start: "09:00", end: "17:00" })}
              className="min-h-11 text-sm font-medium text-brand-700 underline"
            >
              Add range
            </button>
          </fieldset>
        )}
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
      {!change.affected && <SubmitButton pending={change.pending}>Save date override</SubmitButton>}
    </form>
  );
}
