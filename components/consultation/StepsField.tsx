"use client";

import { useFormContext, useWatch } from "react-hook-form";
import type { ContraindicationFlag } from "@/lib/contraindications";
import type { TreatmentStep } from "@/lib/contraindications";
import type { NoteContentInput } from "@/lib/consultation/schema";
import { STEP_LABELS } from "@/lib/catalog/step-labels";

type Props = { blocked: TreatmentStep[]; blockFlags: ContraindicationFlag[]; disabled?: boolean };

function StepRow({ index, step, blocked, blockFlags }: { index: number; step: TreatmentStep } & Props) {
  const { register, formState } = useFormContext<NoteContentInput>();
  const performed = useWatch<NoteContentInput, `steps.${number}.performed`>({ name: `steps.${index}.performed` });
  const flagged = blocked.includes(step);
  const id = `note-step-${index}`;
  const reasonError = formState.errors.steps?.[index]?.overrideReason?.message;
  const reasons = blockFlags.filter((flag) => Array.isArray(flag.affectedSteps) && flag.affectedSteps.includes(step));
  return (
    <li className="py-2">
      <div className="flex min-h-11 items-center gap-3">
        <input
          id={id}
          type="checkbox"
          className="size-5 accent-brand-700"
          aria-describedby={flagged ? `${id}-flag` : undefined}
          {...register(`steps.${index}.performed`)}
        />
        <label htmlFor={id}>
          {STEP_LABELS[step]} {performed ? "— performed" : "— skipped"}
        </label>
      </div>
      {flagged && (
        <p id={`${id}-flag`} className="ml-8 text-sm text-red-800">
          Flagged: {reasons.map((flag) => flag.staffReason).join(" ")}
        </p>
      )}
      {flagged && performed && (
        <div className="ml-8 mt-1">
          <label htmlFor={`${id}-reason`} className="block text-sm font-medium">
            Reason for performing {STEP_LABELS[step]} anyway
          </label>
          <textarea
            id={`${id}-reason`}
            rows={2}
            className="mt-1 block w-full rounded-lg border border-stone-300 px-3 py-2 aria-[invalid=true]:border-red-600"
            aria-invalid={reasonError ? true : undefined}
            aria-describedby={reasonError ? `${id}-reason-error` : undefined}
            {...register(`steps.${index}.overrideReason`)}
          />
          {reasonError && (
            <p id={`${id}-reason-error`} className="text-sm text-red-700">
              {reasonError}
            </p>
          )}
        </div>
      )}
    </li>
  );
}

/** The service's steps: tick what was performed; a flagged step starts skipped. */
export function StepsField({ steps, ...props }: Props & { steps: TreatmentStep[] }) {
  return (
    <fieldset disabled={props.disabled}>
      <legend className="font-semibold">Steps performed</legend>
      <ul className="divide-y divide-stone-100">
        {steps.map((step, index) => (
          <StepRow key={`${index}-${step}`} index={index} step={step} {...props} />
        ))}
      </ul>
    </fieldset>
  );
}
