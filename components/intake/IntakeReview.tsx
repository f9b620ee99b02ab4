"use client";

import { useFormContext, useWatch } from "react-hook-form";
import { describeAnswer, isNoneApplySection, isSectionAnswered, labelForPath, type IntakeInput } from "@/lib/intake";
import { isLocalDate } from "@/lib/dates/local-date";
import { formatLocalDate } from "@/lib/format/calendar";
import { INTAKE_STEPS, hasErrorAt, isNoneApplyPath, valueAt, visibleFields } from "./intake-steps";

function isNotable(value: unknown): boolean {
  if (value === undefined || value === null || value === "" || value === false || value === "no") return false;
  return !(Array.isArray(value) && value.length === 0);
}

const describe = (path: string, value: unknown) => (isLocalDate(value) ? formatLocalDate(value, "long") : describeAnswer(path, value));

/** Every section's answers in a few words, each with a way back to its step, before the client signs. */
export function IntakeReview({ onEdit }: { onEdit: (stepIndex: number) => void }) {
  const values = useWatch<IntakeInput>();
  const { formState } = useFormContext<IntakeInput>();
  return (
    <ol className="space-y-3" aria-label="Your answers">
      {INTAKE_STEPS.map((step, index) => {
        if (!step.form) return null;
        const section = step.form.section;
        const rows = visibleFields(step.form.fields, values).filter(
          (field) => !isNoneApplyPath(field.path) && isNotable(valueAt(values, field.path)),
        );
        const sectionValues = valueAt(values, section);
        const unanswered = isNoneApplySection(section) && !isSectionAnswered(sectionValues);
        const needsAttention = hasErrorAt(formState.errors, section);
        const noneApply = isNoneApplySection(section) && (sectionValues as { noneApply?: boolean } | undefined)?.noneApply === true;
        return (
          <li key={step.key} className="rounded-xl border border-stone-200 bg-white p-4">
            <div className="flex items-start justify-between gap-3">
              <h3 className="font-semibold">{step.label}</h3>
              <button
                type="button"
                onClick={() => onEdit(index)}
                className="-my-2 inline-flex min-h-11 min-w-11 shrink-0 items-center justify-center rounded-lg px-3 font-medium text-brand-700 underline hover:bg-brand-50"
              >
                Edit<span className="sr-only"> {step.label}</span>
              </button>
            </div>
            {(needsAttention || unanswered) && (
              <p className="mt-1 text-sm font-medium text-red-700">{unanswered ? "Not answered yet" : "Needs attention"}</p>
            )}
            {rows.length > 0 ? (
              <dl className="mt-1 grid gap-x-4 gap-y-1 text-sm sm:grid-cols-2">
                {rows.map((field) => (
                  <div key={field.path}>
                    <dt className="text-stone-600">{labelForPath(field.path)}</dt>
                    <dd className="text-stone-900">{describe(field.path, valueAt(values, field.path))}</dd>
                  </div>
                ))}
              </dl>
            ) : (
              !unanswered &&
              !needsAttention && <p className="mt-1 text-sm text-stone-700">{noneApply ? "None of these apply" : "Nothing to note"}</p>
            )}
          </li>
        );
      })}
    </ol>
  );
}
