"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useState, useTransition } from "react";
import { useForm } from "react-hook-form";
import { applyServerErrors } from "@/components/forms/apply-server-errors";
import { FormAlert } from "@/components/ui/FormAlert";
import { SubmitButton } from "@/components/ui/SubmitButton";
import { TextField } from "@/components/ui/TextField";
import { RESOURCE_KINDS, resourceSchema, type ResourceInput } from "@/lib/catalog/schema";
import { enumLabel } from "./labels";
import type { ServerAction } from "@/lib/actions/types";

export function ResourceForm({ action }: { action: ServerAction<ResourceInput> }) {
  const empty: ResourceInput = { name: "", kind: "TREATMENT_ROOM" };
  const form = useForm<ResourceInput>({ resolver: zodResolver(resourceSchema), defaultValues: empty });
  const [pending, startTransition] = useTransition();
  const [alert, setAlert] = useState<{ tone: "error" | "success"; message: string } | null>(null);
  const onSubmit = form.handleSubmit((values) => {
    setAlert(null);
    startTransition(async () => {
      const result = await action(values);
      if (result.ok) {
        form.reset(empty);
        setAlert({ tone: "success", message: `${values.name} added.` });
      } else setAlert({ tone: "error", message: applyServerErrors(result, form.setError, ["name", "kind"]) });
    });
  });
  return (
    <form onSubmit={onSubmit} noValidate aria-label="Add a room or device" className="flex flex-wrap items-end gap-3">
      <fieldset disabled={pending} className="flex flex-wrap items-end gap-3">
        <TextField id="resource-name" label="Name" error={form.formState.errors.name?.message} {...form.register("name")} />
        <div>
          <label htmlFor="resource-kind" className="block text-sm font-medium">
            Kind
          </label>
          <select id="resource-kind" className="mt-1 min-h-11 rounded-lg border border-stone-300 bg-white px-2" {...form.register("kind")}>
            {RESOURCE_KINDS.map((kind) => (
              <option key={kind} value={kind}>
                {enumLabel(kind)}
              </option>
            ))}
          </select>
        </div>
      </fieldset>
      <SubmitButton pending={pending}>Add</SubmitButton>
      <div className="w-full">
        <FormAlert message={alert?.message ?? null} tone={alert?.tone} />
      </div>
    </form>
  );
}
