"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useFieldArray, useForm } from "react-hook-form";
import { applyServerErrors } from "@/components/forms/apply-server-errors";
import { FormAlert } from "@/components/ui/FormAlert";
import { SubmitButton } from "@/components/ui/SubmitButton";
import { TextField } from "@/components/ui/TextField";
import { weeklyHoursSchema, type WeeklyHoursData, type WeeklyHoursInput } from "@/lib/staff/hours-schema";
import type { ScheduleChangeResult } from "@/lib/staff/schedule-change";
import { weekdayName } from "@/lib/format/calendar";
import { AffectedAppointments } from "./AffectedAppointments";
import { describeChange, useScheduleChange } from "./use-schedule-change";
import type { ServerAction } from "@/lib/actions/types";

type Props = {
  staffId: string;
  timeZone: string;
  ranges: WeeklyHoursInput["ranges"];
  action: ServerAction<WeeklyHoursInput, ScheduleChangeResult>;
};

const WEEKDAYS = [1, 2, 3, 4, 5, 6, 7] as const;

/** The week, one group per day; several ranges a day leave breaks between them. */
export function WeeklyHoursEditor({ staffId, timeZone, ranges, action }: Props) {
  const form = useForm<WeeklyHoursInput, unknown, WeeklyHoursData>({
    resolver: zodResolver(weeklyHoursSchema),
    defaultValues: { staffId, ranges },
  });
  const { fields, append, remove } = useFieldArray({ control: form.control, name: "ranges" });
  const change = useScheduleChange<WeeklyHoursData>({
    action,
    onSuccess: (result) => describeChange("Weekly hours saved", result),
    onFailure: (failure) =>
      applyServerErrors(
        failure,
        form.setError,
        fields.flatMap((_, i) => [`ranges.${i}.start`, `ranges.${i}.end`] as const),
      ),
  });
  const errors = form.formState.errors.ranges;

  return (
    <form onSubmit={form.handleSubmit(change.submit)} noValidate aria-label="Weekly hours" className="space-y-4">
      <p className="text-sm text-stone-600">Wall-clock times in the spa&apos;s zone ({timeZone}). Leave a day empty for a day off.</p>
      <fieldset disabled={change.pending || change.affected !== null} className="grid min-w-0 gap-3 md:grid-cols-2">
        {WEEKDAYS.map((weekday) => (
          <fieldset key={weekday} className="min-w-0 rounded-lg border border-stone-200 bg-white p-3">
            <legend className="px-1 font-medium">{weekdayName(weekday)}</legend>
            {fields.map((field, index) =>
              field.weekday !== weekday ? null : (
                <div key={field.id} className="mt-2 flex items-end gap-2">
                  <TextField
                    id={`hours-${index}-start`}
                    label="From"
                    type="time"
                    className="min-w-0 flex-1"
                    error={errors?.[index]?.start?.message}
                    {...form.register(`ranges.${index}.start`)}
                  />
                  <TextField
                    id={`hours-${index}-end`}
                    label="Until"
                    type="time"
                    className="min-w-0 flex-1"
                    error={errors?.[index]?.end?.message}
                    {...form.register(`ranges.${index}.end`)}
                  />
                  <button
                    type="button"
                    onClick={() => remove(index)}
                    className="mb-0.5 min-h-11 rounded-lg border border-stone-300 px-3 text-sm"
                  >
                    Remove<span className="sr-only">{` ${weekdayName(weekday)} range`}</span>
                  </button>
                </div>
              ),
            )}
            <button
              type="button"
              onClick={() => append({ weekday, start: "09:00", end: "17:00" })}
              className="mt-2 min-h-11 text-sm font-medium text-brand-700 underline"
            >
              Add range<span className="sr-only">{` on ${weekdayName(weekday)}`}</span>
            </button>
          </fieldset>
        ))}
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
      {!change.affected && <SubmitButton pending={change.pending}>Save weekly hours</SubmitButton>}
    </form>
  );
}
