"use client";

import { useFormContext, useWatch } from "react-hook-form";
import { TextField } from "@/components/ui/TextField";
import { weekdayName } from "@/lib/format/calendar";
import { DAY_PART_LABELS, DAY_PARTS, type DayPart } from "@/lib/dates/day-parts";
import type { JoinWaitlistInput } from "@/lib/waitlist/schema";

const WEEKDAYS = [1, 2, 3, 4, 5, 6, 7] as const;

/**
 * The dates and preferred times of a waitlist entry (the client's form and the desk's share them):
 * a window of days, and optionally weekdays and parts of the day. Nothing ticked means "any".
 */
export function WaitlistPreferenceFields({ idPrefix, today, lastDate }: { idPrefix: string; today: string; lastDate: string }) {
  const form = useFormContext<JoinWaitlistInput>();
  const { errors } = form.formState;
  const weekdays = useWatch({ control: form.control, name: "weekdays" }) ?? [];
  const dayParts = useWatch({ control: form.control, name: "dayParts" }) ?? [];
  const toggle = <T,>(list: readonly T[], value: T) => (list.includes(value) ? list.filter((item) => item !== value) : [...list, value]);

  return (
    <div className="space-y-5">
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField
          id={`${idPrefix}-from`}
          label="From"
          type="date"
          min={today}
          max={lastDate}
          error={errors.fromDate?.message}
          {...form.register("fromDate")}
        />
        <TextField
          id={`${idPrefix}-to`}
          label="Until"
          type="date"
          min={today}
          max={lastDate}
          error={errors.toDate?.message}
          {...form.register("toDate")}
        />
      </div>
      <fieldset>
        <legend className="font-semibold">Days of the week</legend>
        <p id={`${idPrefix}-weekdays-hint`} className="text-sm text-stone-600">
          Leave all unticked for any day.
        </p>
        <div className="mt-2 flex flex-wrap gap-2">
          {WEEKDAYS.map((weekday) => (
            <label
              key={weekday}
              className="flex min-h-11 cursor-pointer items-center gap-2 rounded-full border border-stone-300 px-4 has-checked:border-brand-700 has-checked:bg-brand-50"
            >
              <input
                type="checkbox"
                checked={weekdays.includes(weekday)}
                aria-describedby={`${idPrefix}-weekdays-hint`}
                onChange={() => form.setValue("weekdays", toggle(weekdays, weekday), { shouldDirty: true })}
                className="size-4 accent-brand-700"
              />
              {weekdayName(weekday)}
            </label>
          ))}
        </div>
      </fieldset>
      <fieldset>
        <legend className="font-semibold">Times of day</legend>
        <p id={`${idPrefix}-parts-hint`} className="text-sm text-stone-600">
          Leave all unticked for any time.
        </p>
        <div className="mt-2 flex flex-wrap gap-2">
          {DAY_PARTS.map((part: DayPart) => (
            <label
              key={part}
              className="flex min-h-11 cursor-pointer items-center gap-2 rounded-full border border-stone-300 px-4 has-checked:border-brand-700 has-checked:bg-brand-50"
            >
              <input
                type="checkbox"
                checked={dayParts.includes(part)}
                aria-describedby={`${idPrefix}-parts-hint`}
                onChange={() => form.setValue("dayParts", toggle(dayParts, part), { shouldDirty: true })}
                className="size-4 accent-brand-700"
              />
              {DAY_PART_LABELS[part]}
            </label>
          ))}
        </div>
      </fieldset>
    </div>
  );
}
