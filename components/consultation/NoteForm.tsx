"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useCallback, useState, useTransition } from "react";
import { FormProvider, useForm, useFormContext, type Path } from "react-hook-form";
import { applyServerErrors } from "@/components/forms/apply-server-errors";
import { AUTOSAVE_TEXT, useAutosave } from "@/components/intake/use-autosave";
import { FormAlert } from "@/components/ui/FormAlert";
import type { ContraindicationFlag, TreatmentStep } from "@/lib/contraindications";
import type { ChartProduct } from "@/lib/consultation/chart-queries";
import type { NoteActions } from "./ChartNoteSection";
import { SOAP_LABELS, noteContentSchema, type NoteContent, type NoteContentInput } from "@/lib/consultation/schema";
import { AnalysisFields } from "./AnalysisFields";
import { FaceMap } from "./FaceMap";
import { ProductsField } from "./ProductsField";
import { StepsField } from "./StepsField";

type Props = {
  appointmentId: string;
  defaultValues: NoteContentInput;
  steps: TreatmentStep[];
  blocked: TreatmentStep[];
  blockFlags: ContraindicationFlag[];
  products: ChartProduct[];
  saveDraft: NoteActions["saveDraft"];
  sign: NoteActions["sign"];
  /** When the visit has not started yet: from when the note can be signed ("December 1, 2026 at 10:55 AM"). */
  signOpensAt?: string | null;
};

function TextArea({ name, label }: { name: Path<NoteContentInput>; label: string }) {
  const { register } = useFormContext<NoteContentInput>();
  const id = `note-${name}`;
  return (
    <div>
      <label htmlFor={id} className="block font-medium">
        {label}
      </label>
      <textarea id={id} rows={3} className="mt-1 block w-full rounded-lg border border-stone-300 px-3 py-2" {...register(name)} />
    </div>
  );
}

/** The treatment note while it is a draft: autosaved; signing locks it. */
export function NoteForm({ appointmentId, defaultValues, steps, blocked, blockFlags, products, saveDraft, sign, signOpensAt }: Props) {
  const form = useForm<NoteContentInput, unknown, NoteContent>({ resolver: zodResolver(noteContentSchema), defaultValues });
  const [pending, startTransition] = useTransition();
  const [alert, setAlert] = useState<string | null>(null);
  const router = useRouter();
  const save = useCallback((content: NoteContentInput) => saveDraft({ appointmentId, content }), [appointmentId, saveDraft]);
  const autosave = useAutosave(form.watch, save, { enabled: !pending });

  const onSubmit = form.handleSubmit((content) => {
    setAlert(null);
    startTransition(async () => {
      const result = await sign({ appointmentId, content });
      if (result.ok) router.refresh();
      else
        setAlert(
          applyServerErrors(result, form.setError, [
            "productIds",
            "productConfirmations",
            ...steps.map((_, i) => `steps.${i}.overrideReason` as const),
          ]),
        );
    });
  });

  return (
    <FormProvider {...form}>
      <form onSubmit={onSubmit} noValidate aria-label="Treatment note" className="space-y-6">
        <p role="status" aria-live="polite" className="min-h-6 text-sm text-stone-600">
          {AUTOSAVE_TEXT[autosave]}
        </p>
        <fieldset disabled={pending} className="space-y-4">
          <legend className="font-semibold">SOAP</legend>
          {(Object.keys(SOAP_LABELS) as (keyof typeof SOAP_LABELS)[]).map((key) => (
            <TextArea key={key} name={key} label={SOAP_LABELS[key]} />
          ))}
        </fieldset>
        <AnalysisFields disabled={pending} />
        <FaceMap disabled={pending} />
        <StepsField steps={steps} blocked={blocked} blockFlags={blockFlags} disabled={pending} />
        <ProductsField products={products} disabled={pending} />
        <fieldset disabled={pending} className="space-y-4">
          <legend className="font-semibold">After the treatment</legend>
          <TextArea name="skinResponse" label="Skin response" />
          <TextArea name="nextTime" label="Notes for next time" />
        </fieldset>
        <FormAlert message={alert} />
        <p id="note-sign-hint" className="text-sm text-stone-600">
          {signOpensAt
            ? `The visit has not started yet: you can save the draft now and sign it from ${signOpensAt}.`
            : "Once signed, the note is locked. Later corrections are added as dated amendments."}
        </p>
        <button
          type="submit"
          disabled={pending || Boolean(signOpensAt)}
          aria-busy={pending || undefined}
          aria-describedby="note-sign-hint"
          className="inline-flex min-h-11 items-center justify-center rounded-lg bg-brand-700 px-5 font-medium text-white hover:bg-brand-800 disabled:cursor-not-allowed disabled:opacity-60"
        >
          {pending ? "Signing…" : "Sign and lock the note"}
        </button>
      </form>
    </FormProvider>
  );
}
