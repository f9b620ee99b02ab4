"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useEffect, useMemo, useRef, useState, useTransition } from "react";
import { FormProvider, useForm, useWatch, type FieldErrors, type Path } from "react-hook-form";
import { applyServerErrors } from "@/components/forms/apply-server-errors";
import { FormAlert } from "@/components/ui/FormAlert";
import { SubmitButton } from "@/components/ui/SubmitButton";
import type { ServerAction } from "@/lib/actions/types";
import type { LocalDate } from "@/lib/dates/local-date";
import {
  createIntakeSchema,
  isNoneApplySection,
  isSectionAnswered,
  type IntakeAnswers,
  type IntakeDraft,
  type IntakeInput,
} from "@/lib/intake";
import { ConsentFields } from "./ConsentFields";
import { IntakeField } from "./IntakeField";
import { IntakeReview } from "./IntakeReview";
import { StepProgress, type StepState } from "./StepProgress";
import { formPaths } from "./intake-fields";
import { INTAKE_STEPS, firstErrorPath, hasErrorAt } from "./intake-steps";
import { AUTOSAVE_TEXT, useAutosave } from "./use-autosave";
import { useNoneApply, useRecheckAttempted } from "./use-none-apply";

const SERVER_FIELDS = [
  ...formPaths(),
  "consent.agreed",
  "consent.signature",
  "consent.clinicalPhotos",
  "consent.marketingPhotos",
] as Path<IntakeInput>[];

const REVIEW = INTAKE_STEPS.length - 1;
const SECTION_KEYS = INTAKE_STEPS.slice(0, REVIEW).map((item) => item.key as Path<IntakeInput>);
const TOTAL = INTAKE_STEPS.length;
const buttonClass = "inline-flex min-h-11 items-center justify-center rounded-lg px-5 font-medium";

export type IntakeFormActions = {
  saveDraft: ServerAction<IntakeDraft, { savedAt: string }>;
  submit: ServerAction<IntakeInput, { id: string }>;
};

/**
 * The intake as steps, one section at a time, then a review of every answer and the signature.
 * One schema for the resolver and the server; every change autosaved as a draft. Next checks the
 * step (focus goes to the first problem); each step change moves focus to its heading.
 */
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
  const form = useForm<IntakeInput, unknown, IntakeAnswers>({
    resolver: zodResolver(schema),
    defaultValues,
    reValidateMode: "onChange",
    shouldFocusError: true,
  });
  const [pending, startTransition] = useTransition();
  const [alert, setAlert] = useState<string | null>(null);
  const [step, setStep] = useState(0);
  const [visited, setVisited] = useState<ReadonlySet<number>>(() => new Set([0]));
  const [fromReview, setFromReview] = useState(false);
  const attempted = useRef(new Set<number>());
  const stepRef = useRef(step);
  const focusNext = useRef<"heading" | "error" | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const router = useRouter();
  const autosave = useAutosave(form.watch, actions.saveDraft, { enabled: !pending });
  useNoneApply(form);
  const current = INTAKE_STEPS[step]!;

  const focusFirstError = (index: number) => {
    const stepForm = INTAKE_STEPS[index]?.form;
    const path = stepForm && firstErrorPath(stepForm, form.getValues(), form.formState.errors);
    if (path) form.setFocus(path as Path<IntakeInput>);
  };

  useEffect(() => {
    stepRef.current = step;
    const target = focusNext.current;
    focusNext.current = null;
    if (target === "heading") heading.current?.focus();
    if (target === "error") focusFirstError(step);
    // focusFirstError reads the form's state at the time; the step is what changes.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [step]);

  useRecheckAttempted(form, () => {
    const index = stepRef.current;
    const key = INTAKE_STEPS[index]!.key;
    return key !== "review" && attempted.current.has(index) ? key : null;
  });

  const goTo = (index: number, focus: "heading" | "error" = "heading") => {
    focusNext.current = focus;
    setStep(index);
    setVisited((seen) => new Set(seen).add(index));
    if (index !== REVIEW) return;
    setFromReview(false);
    // The review marks every section that still needs an answer (consent is checked when signing).
    void form.trigger(SECTION_KEYS).then(() => {
      SECTION_KEYS.forEach((key, section) => hasErrorAt(form.formState.errors, key) && attempted.current.add(section));
    });
  };

  const next = async () => {
    const ok = await form.trigger(current.key as Path<IntakeInput>);
    if (!ok) {
      attempted.current.add(step);
      focusFirstError(step);
      return;
    }
    setAlert(null);
    goTo(fromReview ? REVIEW : step + 1);
  };

  const showFirstProblem = (errors: FieldErrors<IntakeInput>) => {
    const first = INTAKE_STEPS.findIndex((item) => item.form && hasErrorAt(errors, item.form.section));
    if (first < 0) return "Please correct the highlighted answers.";
    attempted.current.add(first);
    goTo(first, "error");
    return `Some answers in “${INTAKE_STEPS[first]!.label}” need attention.`;
  };

  const onValid = () => {
    setAlert(null);
    startTransition(async () => {
      const result = await actions.submit(form.getValues());
      if (result.ok) {
        router.push(doneHref);
        router.refresh();
        return;
      }
      const message = applyServerErrors(result, form.setError, SERVER_FIELDS);
      setAlert(result.fieldErrors ? showFirstProblem(form.formState.errors) : message);
    });
  };

  const onSubmit = (event: React.FormEvent<HTMLFormElement>) => {
    if (step === REVIEW) return void form.handleSubmit(onValid, (errors) => setAlert(showFirstProblem(errors)))(event);
    // Enter in a field of a step means "next", never "submit the whole form".
    event.preventDefault();
    void next();
  };

  const values = useWatch({ control: form.control });
  const states: StepState[] = INTAKE_STEPS.map((item, index) => {
    if (index === step) return "current";
    if (item.form && hasErrorAt(form.formState.errors, item.form.section)) return "attention";
    if (item.form && isNoneApplySection(item.form.section) && !isSectionAnswered(values?.[item.form.section])) return "todo";
    return visited.has(index) && index !== REVIEW ? "answered" : "todo";
  });

  return (
    <FormProvider {...form}>
      <form onSubmit={onSubmit} noValidate aria-label="Intake form" className="space-y-4">
        <StepProgress current={step} states={states} onGo={(index) => goTo(index)} />
        <p role="status" aria-live="polite" className="min-h-6 text-sm text-stone-600">
          {AUTOSAVE_TEXT[autosave]}
        </p>
        <fieldset
          disabled={pending}
          aria-labelledby="intake-step-heading"
          className="space-y-3 rounded-xl border border-stone-200 bg-white p-4 sm:p-6"
        >
          <h2 id="intake-step-heading" ref={heading} tabIndex={-1} className="text-lg font-semibold outline-none">
            <span className="block text-sm font-medium text-stone-600">
              Step {step + 1} of {TOTAL}
              <span className="sr-only">:</span>
            </span>{" "}
            {current.label}
          </h2>
          {current.form?.hint && <p className="text-sm text-stone-600">{current.form.hint}</p>}
          {current.form ? (
            current.form.fields.map((field) => <IntakeField key={`${field.kind}-${field.path}`} field={field} />)
          ) : (
            <>
              <p className="text-stone-700">Check your answers, then sign below. Use “Edit” to change a section.</p>
              <IntakeReview
                onEdit={(index) => {
                  setFromReview(true);
                  goTo(index);
                }}
              />
            </>
          )}
        </fieldset>
        {step === REVIEW && <ConsentFields disabled={pending} />}
        <FormAlert message={alert} />
        <div className="flex flex-wrap items-center justify-between gap-3">
          {step > 0 ? (
            <button
              type="button"
              onClick={() => goTo(step - 1)}
              className={`${buttonClass} border border-stone-300 text-stone-800 hover:bg-stone-100`}
            >
              Back
            </button>
          ) : (
            <span />
          )}
          {step === REVIEW ? (
            <SubmitButton pending={pending} pendingLabel="Submitting…">
              Sign and submit
            </SubmitButton>
          ) : (
            <button type="submit" className={`${buttonClass} bg-brand-700 text-white hover:bg-brand-800`}>
              {fromReview ? "Back to review" : step === REVIEW - 1 ? "Review my answers" : "Next"}
            </button>
          )}
        </div>
      </form>
    </FormProvider>
  );
}
