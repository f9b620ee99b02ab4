"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useMemo, useState, useTransition } from "react";
import { FormProvider, useForm, type Path } from "react-hook-form";
import { applyServerErrors } from "@/components/forms/apply-server-errors";
import { FormAlert } from "@/components/ui/FormAlert";
import { SubmitButton } from "@/components/ui/SubmitButton";
import type { ServerAction } from "@/lib/actions/types";
import type { LocalDate } from "@/lib/dates/local-date";
import { INTAKE_SECTION_LABELS, createIntakeSchema, type IntakeAnswers, type IntakeDraft, type IntakeInput } from "@/lib/intake";
import { IntakeField } from "./IntakeField";
import { INTAKE_FORM_SECTIONS, formPaths } from "./intake-fields";
import { ConsentFields } from "./ConsentFields";
import { AUTOSAVE_TEXT, useAutosave } from "./use-autosave";

const SERVER_FIELDS = [
  ...formPaths(),
  "consent.agreed",
  "consent.signature",
  "consent.clinicalPhotos",
  "consent.marketingPhotos",
] as Path<IntakeInput>[];

/** The whole intake: one schema for the resolver and the server, autosaved as a draft. */
export type IntakeFormActions = {
  saveDraft: ServerAction<IntakeDraft, { savedAt: string }>;
  submit: ServerAction<IntakeInput, { id: string }>;
};

export function IntakeForm({
  today,
  defaultValues,
  actions,
  doneHref = "/account/intake?submitted=1",
}: {
  today: LocalDate;
  defaultValues: IntakeInput;
  actions: IntakeFormActions;
  /** Where a submitted form goes (the page adds where the client came from, such as a booking). */
  doneHref?: string;
}) {
  const schema = useMemo(() => createIntakeSchema({ today }), [today]);
  const form = useForm<IntakeInput, unknown, IntakeAnswers>({ resolver: zodResolver(schema), defaultValues, shouldFocusError: true });
  const [pending, startTransition] = useTransition();
  const [alert, setAlert] = useState<string | null>(null);
  const router = useRouter();
  const autosave = useAutosave(form.watch, actions.saveDraft, { enabled: !pending });

  const onSubmit = form.handleSubmit(
    () => {
      setAlert(null);
      startTransition(async () => {
        const result = await actions.submit(form.getValues());
        if (result.ok) {
          router.push(doneHref);
          router.refresh();
        } else {
          setAlert(applyServerErrors(result, form.setError, SERVER_FIELDS));
        }
      });
    },
    () => setAlert("Please correct the highlighted answers."),
  );

  return (
    <FormProvider {...form}>
      <form onSubmit={onSubmit} noValidate aria-label="Intake form" className="space-y-6">
        <p role="status" aria-live="polite" className="min-h-6 text-sm text-stone-600">
          {AUTOSAVE_TEXT[autosave]}
        </p>
        {INTAKE_FORM_SECTIONS.map(({ section, hint, fields }) => (
          <fieldset key={section} disabled={pending} className="space-y-3 rounded-xl border border-stone-200 bg-white p-6">
            <legend className="px-1 text-lg font-semibold">{INTAKE_SECTION_LABELS[section]}</legend>
            {hint && <p className="text-sm text-stone-600">{hint}</p>}
            {fields.map((field) => (
              <IntakeField key={`${field.kind}-${field.path}`} field={field} />
            ))}
          </fieldset>
        ))}
        <ConsentFields disabled={pending} />
        <FormAlert message={alert} />
        <SubmitButton pending={pending} pendingLabel="Submitting…">
          Sign and submit
        </SubmitButton>
      </form>
    </FormProvider>
  );
}
