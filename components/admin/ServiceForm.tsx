"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { useForm } from "react-hook-form";
import { applyServerErrors } from "@/components/forms/apply-server-errors";
import { FormAlert } from "@/components/ui/FormAlert";
import { SubmitButton } from "@/components/ui/SubmitButton";
import { TextField } from "@/components/ui/TextField";
import { serviceSchema, type ServiceData, type ServiceInput } from "@/lib/catalog/schema";
import type { ServerAction } from "@/lib/actions/types";
import { ServiceStepsAndResources } from "./ServiceFields";

/** A new service (no target) or an existing one (its id); the action takes the values as `service`. */
type Props<T extends object> = {
  target: T;
  defaultValues: ServiceInput;
  submitLabel: string;
  save: ServerAction<T & { service: ServiceInput }>;
};

const FIELDS = [
  "name",
  "description",
  "durationMinutes",
  "bufferBeforeMinutes",
  "bufferAfterMinutes",
  "price",
  "steps",
  "resources",
] as const;

export function ServiceForm<T extends object>({ target, defaultValues, submitLabel, save }: Props<T>) {
  const form = useForm<ServiceInput, unknown, ServiceData>({ resolver: zodResolver(serviceSchema), defaultValues });
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [alert, setAlert] = useState<{ tone: "error" | "success"; message: string } | null>(null);
  const { errors } = form.formState;
  const number = { valueAsNumber: true } as const;

  const onSubmit = form.handleSubmit((values) => {
    setAlert(null);
    startTransition(async () => {
      const result = await save({ ...target, service: values });
      if (result.ok) {
        setAlert({ tone: "success", message: "Service saved." });
        router.push("/admin/services");
      } else setAlert({ tone: "error", message: applyServerErrors(result, form.setError, FIELDS) });
    });
  });

  return (
    <form onSubmit={onSubmit} noValidate aria-label="Service" className="max-w-2xl space-y-4">
      <fieldset disabled={pending} className="space-y-4">
        <TextField id="service-name" label="Name" error={errors.name?.message} {...form.register("name")} />
        <div>
          <label htmlFor="service-description" className="block text-sm font-medium">
            Description (shown to clients)
          </label>
          <textarea
            id="service-description"
            rows={3}
            aria-invalid={errors.description ? true : undefined}
            aria-describedby={errors.description ? "service-description-error" : undefined}
            className="mt-1 block w-full rounded-lg border border-stone-300 px-3 py-2"
            {...form.register("description")}
          />
          {errors.description && (
            <p id="service-description-error" className="mt-1 text-sm text-red-700">
              {errors.description.message}
            </p>
          )}
        </div>
        <div className="grid gap-3 sm:grid-cols-4">
          <TextField
            id="service-duration"
            label="Duration (min)"
            type="number"
            error={errors.durationMinutes?.message}
            {...form.register("durationMinutes", number)}
          />
          <TextField
            id="service-buffer-before"
            label="Prep buffer (min)"
            type="number"
            error={errors.bufferBeforeMinutes?.message}
            {...form.register("bufferBeforeMinutes", number)}
          />
          <TextField
            id="service-buffer-after"
            label="Cleanup buffer (min)"
            type="number"
            error={errors.bufferAfterMinutes?.message}
            {...form.register("bufferAfterMinutes", number)}
          />
          <TextField id="service-price" label="Price (USD)" inputMode="decimal" error={errors.price?.message} {...form.register("price")} />
        </div>
        <ServiceStepsAndResources form={form} />
        <label className="flex min-h-11 items-center gap-2">
          <input type="checkbox" {...form.register("requiresIntake")} /> Intake form required before the visit
        </label>
        <label className="flex min-h-11 items-center gap-2">
          <input type="checkbox" {...form.register("active")} /> Bookable (uncheck to archive)
        </label>
      </fieldset>
      <FormAlert message={alert?.message ?? null} tone={alert?.tone} />
      <SubmitButton pending={pending}>{submitLabel}</SubmitButton>
    </form>
  );
}
