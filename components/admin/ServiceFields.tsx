"use client";

import { useFieldArray, type UseFormReturn } from "react-hook-form";
import { TextField } from "@/components/ui/TextField";
import { RESOURCE_KINDS, TREATMENT_STEPS, type ServiceData, type ServiceInput } from "@/lib/catalog/schema";
import { enumLabel } from "./labels";

type Form = UseFormReturn<ServiceInput, unknown, ServiceData>;

/** Steps (checkboxes) and required resources (kind + quantity rows) of the service form. */
export function ServiceStepsAndResources({ form }: { form: Form }) {
  const { fields, append, remove } = useFieldArray({ control: form.control, name: "resources" });
  const { errors } = form.formState;
  return (
    <>
      <fieldset aria-describedby={errors.steps?.message ? "service-steps-error" : undefined}>
        <legend className="text-sm font-medium">Steps performed</legend>
        <div className="mt-1 grid gap-1 sm:grid-cols-3">
          {TREATMENT_STEPS.map((step) => (
            <label key={step} className="flex min-h-11 items-center gap-2">
              <input type="checkbox" value={step} {...form.register("steps")} /> {enumLabel(step)}
            </label>
          ))}
        </div>
        {errors.steps?.message && (
          <p id="service-steps-error" className="text-sm text-red-700">
            {errors.steps.message}
          </p>
        )}
      </fieldset>
      <fieldset aria-describedby={errors.resources?.message ? "service-resources-error" : undefined} className="space-y-2">
        <legend className="text-sm font-medium">Required rooms and equipment</legend>
        {fields.map((field, index) => (
          <div key={field.id} className="flex items-end gap-2">
            <div>
              <label htmlFor={`resource-${index}-kind`} className="block text-sm">
                Kind
              </label>
              <select
                id={`resource-${index}-kind`}
                className="min-h-11 rounded-lg border border-stone-300 bg-white px-2"
                {...form.register(`resources.${index}.kind`)}
              >
                {RESOURCE_KINDS.map((kind) => (
                  <option key={kind} value={kind}>
                    {enumLabel(kind)}
                  </option>
                ))}
              </select>
            </div>
            <TextField
              id={`resource-${index}-quantity`}
              label="Quantity"
              type="number"
              min={1}
              max={5}
              className="w-28"
              {...form.register(`resources.${index}.quantity`, { valueAsNumber: true })}
            />
            <button type="button" onClick={() => remove(index)} className="min-h-11 rounded-lg border border-stone-300 px-3 text-sm">
              Remove
            </button>
          </div>
        ))}
        {errors.resources?.message && (
          <p id="service-resources-error" className="text-sm text-red-700">
            {errors.resources.message}
          </p>
        )}
        <button
          type="button"
          onClick={() => append({ kind: "TREATMENT_ROOM", quantity: 1 })}
          className="min-h-11 text-sm font-medium text-brand-700 underline"
        >
          Add requirement
        </button>
      </fieldset>
    </>
  );
}
