"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import Link from "next/link";
import { useState, useTransition } from "react";
import { useForm } from "react-hook-form";
import type { z } from "zod";
import { applyServerErrors } from "@/components/forms/apply-server-errors";
import { FormAlert } from "@/components/ui/FormAlert";
import { cancelAppointmentSchema, type CancelAppointmentInput } from "@/lib/booking/schema";
import type { ServerAction } from "@/lib/actions/types";

type Props = {
  appointmentId: string;
  action: ServerAction<CancelAppointmentInput>;
};

/** The confirm step of a cancellation, with an optional reason. */
export function CancelForm({ appointmentId, action }: Props) {
  const form = useForm<CancelAppointmentInput, unknown, z.output<typeof cancelAppointmentSchema>>({
    resolver: zodResolver(cancelAppointmentSchema),
    defaultValues: { appointmentId, reason: "" },
  });
  const [pending, startTransition] = useTransition();
  const [alert, setAlert] = useState<string | null>(null);
  const { errors } = form.formState;

  const onSubmit = form.handleSubmit((values) => {
    setAlert(null);
    startTransition(async () => {
      const result = await action(values);
      if (result && !result.ok) setAlert(applyServerErrors(result, form.setError, ["reason"]));
    });
  });

  return (
    <form onSubmit={onSubmit} noValidate aria-label="Cancel appointment" className="space-y-4">
      <fieldset disabled={pending} className="space-y-1">
        <label htmlFor="cancel-reason" className="block text-sm font-medium text-stone-800">
          Reason (optional)
        </label>
        <textarea
          id="cancel-reason"
          rows={3}
          aria-invalid={errors.reason ? true : undefined}
          aria-describedby={errors.reason ? "cancel-reason-error" : undefined}
          className="block w-full rounded-lg border border-stone-300 bg-white px-3 py-2 text-base aria-[invalid=true]:border-red-600"
          {...form.register("reason")}
        />
        {errors.reason && (
          <p id="cancel-reason-error" className="text-sm text-red-700">
            {errors.reason.message}
          </p>
        )}
      </fieldset>
      <FormAlert message={alert} />
      <div className="flex flex-wrap gap-3">
        <button
          type="submit"
          disabled={pending}
          aria-busy={pending || undefined}
          className="inline-flex min-h-11 items-center rounded-lg bg-red-700 px-5 font-medium text-white hover:bg-red-800 disabled:opacity-60"
        >
          {pending ? "Cancelling…" : "Cancel appointment"}
        </button>
        <Link
          href={`/account/appointments/${appointmentId}`}
          className="inline-flex min-h-11 items-center rounded-lg border border-stone-300 px-5 font-medium hover:bg-stone-100"
        >
          Keep it
        </Link>
      </div>
    </form>
  );
}
