"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useState, useTransition } from "react";
import { useForm } from "react-hook-form";
import { applyServerErrors } from "@/components/forms/apply-server-errors";
import { FormAlert } from "@/components/ui/FormAlert";
import { SubmitButton } from "@/components/ui/SubmitButton";
import { TextField } from "@/components/ui/TextField";
import { TimeZoneSelect } from "./TimeZoneSelect";
import {
  INTAKE_REQUIREMENT_LABELS,
  INTAKE_REQUIREMENTS,
  bookingPolicySchema,
  type BookingPolicyData,
  type BookingPolicyFields,
} from "@/lib/policy/schema";
import type { AffectedAppointment } from "@/lib/staff/schedule-change";
import { formatInstant } from "@/lib/format/zoned";
import type { ServerAction } from "@/lib/actions/types";
import type { TimeZoneGroup } from "@/lib/dates/time-zones";

type Props = {
  defaultValues: BookingPolicyFields;
  /** The zones the server accepts, grouped by region (lib/dates/time-zones.ts). */
  timeZones: TimeZoneGroup[];
  action: ServerAction<BookingPolicyFields>;
};
const FIELDS = [
  "slotIntervalMinutes",
  "minNoticeMinutes",
  "maxAdvanceDays",
  "cancellationWindowHours",
  "intakeValidMonths",
  "timeZone",
  "intakeRequiredAt",
  "intakeReminderHours",
] as const;

export function PolicyForm({ defaultValues, timeZones, action }: Props) {
  const form = useForm<BookingPolicyFields, unknown, BookingPolicyData>({ resolver: zodResolver(bookingPolicySchema), defaultValues });
  const [pending, startTransition] = useTransition();
  const [alert, setAlert] = useState<{ tone: "error" | "success"; message: string } | null>(null);
  const [stranded, setStranded] = useState<AffectedAppointment[]>([]);
  const { errors } = form.formState;
  const number = { valueAsNumber: true } as const;

  const onSubmit = form.handleSubmit((values) => {
    setAlert(null);
    startTransition(async () => {
      const result = await action(values);
      setStranded(!result.ok ? ((result.data as { affected?: AffectedAppointment[] } | undefined)?.affected ?? []) : []);
      setAlert(
        result.ok
          ? { tone: "success", message: "Booking policy saved." }
          : { tone: "error", message: applyServerErrors(result, form.setError, FIELDS) },
      );
    });
  });

  return (
    <form onSubmit={onSubmit} noValidate aria-label="Booking policy" className="max-w-2xl space-y-4">
      <fieldset disabled={pending} className="grid gap-4 sm:grid-cols-2">
        <TextField
          id="policy-interval"
          label="Slot interval (minutes)"
          type="number"
          hint="Start times are offered on this grid from midnight."
          error={errors.slotIntervalMinutes?.message}
          {...form.register("slotIntervalMinutes", number)}
        />
        <TextField
          id="policy-notice"
          label="Minimum notice (minutes)"
          type="number"
          error={errors.minNoticeMinutes?.message}
          {...form.register("minNoticeMinutes", number)}
        />
        <TextField
          id="policy-advance"
          label="Maximum advance (days)"
          type="number"
          error={errors.maxAdvanceDays?.message}
          {...form.register("maxAdvanceDays", number)}
        />
        <TextField
          id="policy-window"
          label="Cancellation window (hours)"
          type="number"
          hint="Clients may change or cancel online until this long before."
          error={errors.cancellationWindowHours?.message}
          {...form.register("cancellationWindowHours", number)}
        />
        <TextField
          id="policy-intake-validity"
          label="Intake valid for (months)"
          type="number"
          hint="After this, clients confirm or update their intake before the next visit."
          error={errors.intakeValidMonths?.message}
          {...form.register("intakeValidMonths", number)}
        />
        <TextField
          id="policy-intake-reminders"
          label="Intake reminders (hours before the visit)"
          hint="While an intake is still needed, for example 72, 24. Leave empty for none."
          error={errors.intakeReminderHours?.message}
          {...form.register("intakeReminderHours")}
        />
        <TimeZoneSelect groups={timeZones} error={errors.timeZone?.message} register={form.register("timeZone")} />
      </fieldset>
      <fieldset
        disabled={pending}
        className="space-y-2"
        aria-describedby={errors.intakeRequiredAt ? "policy-intake-required-error" : undefined}
      >
        <legend className="text-sm font-medium text-stone-800">Intake form required</legend>
        {INTAKE_REQUIREMENTS.map((value) => (
          <label key={value} className="flex min-h-11 items-center gap-3">
            <input type="radio" value={value} className="size-5 accent-brand-700" {...form.register("intakeRequiredAt")} />
            {INTAKE_REQUIREMENT_LABELS[value]}
          </label>
        ))}
        {errors.intakeRequiredAt && (
          <p id="policy-intake-required-error" className="text-sm text-red-700">
            {errors.intakeRequiredAt.message}
          </p>
        )}
      </fieldset>
      <FormAlert message={alert?.message ?? null} tone={alert?.tone} />
      {stranded.length > 0 && (
        <ul aria-label="Appointments that would fall outside working hours" className="list-disc pl-6 text-sm">
          {stranded.map((a) => (
            <li key={a.id}>{`${formatInstant(a.startsAt, defaultValues.timeZone)} — ${a.clientName}, ${a.serviceName}`}</li>
          ))}
        </ul>
      )}
      <SubmitButton pending={pending}>Save policy</SubmitButton>
    </form>
  );
}
