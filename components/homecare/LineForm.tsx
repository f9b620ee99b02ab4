"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { FormAlert } from "@/components/ui/FormAlert";
import { SubmitButton } from "@/components/ui/SubmitButton";
import type { ActionResult } from "@/lib/errors/app-error";
import { lineFormSchema, type LineForm as LineValues } from "@/lib/homecare/schema";

type Props = {
  idPrefix: string;
  defaultValues: LineValues;
  submitLabel: string;
  onSave: (values: LineValues) => Promise<ActionResult<unknown>>;
  onDone: () => void;
};

type Conflict = { what: string; against: string; until: string };

const fieldClass = "mt-1 block w-full rounded-lg border border-stone-300 bg-white px-3 py-2 aria-[invalid=true]:border-red-600";

/** Add or edit one line of a plan: the advice and why it is there. */
/**
 * A line that recommends something the client must avoid comes back with the conflicts (which rule,
 * until when); it is kept only with a reason, which the editor must type (recorded and audited).
 */
export function LineForm({ idPrefix, defaultValues, submitLabel, onSave, onDone }: Props) {
  const [message, setMessage] = useState<string | null>(null);
  const [conflicts, setConflicts] = useState<Conflict[]>([]);
  const form = useForm<LineValues>({ resolver: zodResolver(lineFormSchema), defaultValues });
  const { errors, isSubmitting } = form.formState;
  const submit = form.handleSubmit(async (values) => {
    const result = await onSave(values);
    if (result.ok) return onDone();
    for (const [field, messages] of Object.entries(result.fieldErrors ?? {})) {
      if (field === "text" || field === "reason" || field === "override") form.setError(field, { message: messages[0] });
    }
    const found = (result.data as { conflicts?: Conflict[] } | undefined)?.conflicts ?? [];
    setConflicts(found);
    setMessage(found.length > 0 ? "This line recommends something this client must avoid." : result.message);
  });
  return (
    <form onSubmit={submit} noValidate className="space-y-2" aria-label={submitLabel}>
      <fieldset disabled={isSubmitting} className="space-y-2">
        <Field id={`${idPrefix}-text`} label="Advice" error={errors.text?.message} register={form.register("text")} />
        <Field
          id={`${idPrefix}-reason`}
          label="Why (shown to the client)"
          error={errors.reason?.message}
          register={form.register("reason")}
        />
        {conflicts.length > 0 && (
          <div className="space-y-2 rounded-lg border border-amber-300 bg-amber-50 p-3 text-sm">
            <ul className="list-disc pl-5">
              {conflicts.map((conflict) => (
                <li key={`${conflict.what}|${conflict.against}`}>
                  “{conflict.what}”: ruled out by {conflict.against} ({conflict.until})
                </li>
              ))}
            </ul>
            <Field
              id={`${idPrefix}-override`}
              label="Reason to keep it anyway (recorded with your name)"
              error={errors.override?.message}
              register={form.register("override")}
            />
          </div>
        )}
      </fieldset>
      <FormAlert message={message} />
      <div className="flex gap-2">
        <SubmitButton pending={isSubmitting}>{submitLabel}</SubmitButton>
        <button type="button" onClick={onDone} className="min-h-11 rounded-lg border border-stone-300 px-4">
          Cancel
        </button>
      </div>
    </form>
  );
}

function Field({
  id,
  label,
  error,
  register,
}: {
  id: string;
  label: string;
  error?: string;
  register: ReturnType<ReturnType<typeof useForm<LineValues>>["register"]>;
}) {
  return (
    <div>
      <label htmlFor={id} className="block text-sm font-medium">
        {label}
      </label>
      <textarea
        id={id}
        rows={2}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        className={fieldClass}
        {...register}
      />
      {error && (
        <p id={`${id}-error`} className="mt-1 text-sm text-red-700">
          {error}
        </p>
      )}
    </div>
  );
}
