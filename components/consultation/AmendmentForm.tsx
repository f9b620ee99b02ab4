"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { useForm } from "react-hook-form";
import type { z } from "zod";
import { applyServerErrors } from "@/components/forms/apply-server-errors";
import { FormAlert } from "@/components/ui/FormAlert";
import { SubmitButton } from "@/components/ui/SubmitButton";
import { amendNoteSchema } from "@/lib/consultation/schema";
import type { NoteActions } from "./ChartNoteSection";

type Values = z.input<typeof amendNoteSchema>;

/** A dated, attributed correction beneath a signed note. */
export function AmendmentForm({ appointmentId, amend }: { appointmentId: string; amend: NoteActions["amend"] }) {
  const form = useForm<Values>({ resolver: zodResolver(amendNoteSchema), defaultValues: { appointmentId, text: "" } });
  const [pending, startTransition] = useTransition();
  const [alert, setAlert] = useState<string | null>(null);
  const router = useRouter();
  const error = form.formState.errors.text?.message;

  const onSubmit = form.handleSubmit((values) => {
    setAlert(null);
    startTransition(async () => {
      const result = await amend(values);
      if (result.ok) {
        form.reset({ appointmentId, text: "" });
        router.refresh();
      } else {
        setAlert(applyServerErrors(result, form.setError, ["text"]));
      }
    });
  });

  return (
    <form onSubmit={onSubmit} noValidate aria-label="Add an amendment" className="space-y-3">
      <fieldset disabled={pending}>
        <legend className="font-semibold">Add an amendment</legend>
        <label htmlFor="amendment-text" className="mt-2 block text-sm font-medium">
          Correction or addition
        </label>
        <textarea
          id="amendment-text"
          rows={3}
          className="mt-1 block w-full rounded-lg border border-stone-300 px-3 py-2 aria-[invalid=true]:border-red-600"
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? "amendment-text-error" : undefined}
          {...form.register("text")}
        />
        {error && (
          <p id="amendment-text-error" className="text-sm text-red-700">
            {error}
          </p>
        )}
      </fieldset>
      <FormAlert message={alert} />
      <SubmitButton pending={pending} pendingLabel="Adding…">
        Add amendment
      </SubmitButton>
    </form>
  );
}
