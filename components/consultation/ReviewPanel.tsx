"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useId, useState, useTransition } from "react";
import { FormAlert } from "@/components/ui/FormAlert";
import type { ServerAction } from "@/lib/actions/types";
import type { ServiceAlternative } from "@/lib/booking/review/commands";
import type { OpenReview } from "@/lib/booking/review/queries";
import type { CancelForReviewInput, ChangeServiceInput, OverrideReviewInput } from "@/lib/booking/schema";
import type { ActionResult } from "@/lib/errors/app-error";
import { formatLocalDate } from "@/lib/format/calendar";

export type ReviewActions = {
  override: ServerAction<OverrideReviewInput>;
  cancel: ServerAction<CancelForReviewInput>;
  changeService: ServerAction<ChangeServiceInput, { id: string }>;
};

type Props = {
  appointmentId: string;
  review: OpenReview;
  alternatives: ServiceAlternative[];
  actions: ReviewActions | null;
  /** Where moving happens (the calendar), for those who may move visits; null for the others. */
  moveHref: string | null;
  /** Where to go once the visit is cancelled (its chart closes then). */
  afterCancelHref: string;
};

const fieldClass = "mt-1 block w-full rounded-lg border border-stone-300 bg-white px-3 py-2 aria-[invalid=true]:border-red-600";
const buttonClass = "inline-flex min-h-11 items-center rounded-lg border px-4 font-medium disabled:opacity-60";

const untilText = (until: string) => (until === "cleared" ? "until cleared" : `until ${formatLocalDate(until, "long")}`);

/**
 * "Needs review" on the chart: which rules rule the booked treatment out and until when, then the
 * four ways out — change the treatment, move the visit, cancel without a fee, or keep it with a reason.
 */
export function ReviewPanel({ appointmentId, review, alternatives, actions, moveHref, afterCancelHref }: Props) {
  const id = useId();
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [serviceId, setServiceId] = useState(alternatives[0]?.id ?? "");
  const [cancelReason, setCancelReason] = useState("");
  const [overrideReason, setOverrideReason] = useState("");
  const [error, setError] = useState<{ form: string; message: string } | null>(null);
  const run = (form: string, call: () => Promise<ActionResult<unknown>>, then: () => void) =>
    startTransition(async () => {
      setError(null);
      const result = await call();
      if (result.ok) then();
      else setError({ form, message: result.fieldErrors?.reason?.[0] ?? result.message });
    });
  const errorFor = (form: string) => (error?.form === form ? error.message : null);
  return (
    <section aria-labelledby="review-heading" className="space-y-4 rounded-xl border border-amber-300 bg-amber-50 p-6">
      <h2 id="review-heading" className="text-lg font-semibold">
        Needs review
      </h2>
      <p>
        {review.trigger === "INTAKE" ? "The client's latest intake" : "The new date"} rules the booked treatment out on this date (
        {untilText(review.blockedUntil)}):
      </p>
      <ul className="list-disc pl-5">
        {review.reasons.map((reason) => (
          <li key={reason.ruleId}>{reason.ruleName}</li>
        ))}
      </ul>
      {!actions ? (
        <p className="text-sm text-stone-700">The front desk or the esthetician resolves it.</p>
      ) : (
        <div className="grid gap-4 lg:grid-cols-2">
          <form
            aria-label="Change the treatment"
            className="space-y-2 rounded-lg border border-stone-200 bg-white p-4"
            onSubmit={(event) => {
              event.preventDefault();
              run(
                "change",
                () => actions.changeService({ appointmentId, serviceId }),
                () => router.refresh(),
              );
            }}
          >
            <h3 className="font-semibold">Change the treatment</h3>
            {alternatives.length === 0 ? (
              <p className="text-sm text-stone-700">No other treatment this esthetician offers is allowed for this client on this date.</p>
            ) : (
              <>
                <label htmlFor={`${id}-service`} className="block text-sm font-medium">
                  Treatment allowed on this date
                </label>
                <select id={`${id}-service`} value={serviceId} onChange={(e) => setServiceId(e.target.value)} className={fieldClass}>
                  {alternatives.map((alternative) => (
                    <option key={alternative.id} value={alternative.id}>
                      {alternative.name} ({alternative.durationMinutes} min)
                    </option>
                  ))}
                </select>
                <FormAlert message={errorFor("change")} />
                <button type="submit" disabled={pending} className={`${buttonClass} border-brand-700 text-brand-800`}>
                  Change the treatment
                </button>
              </>
            )}
          </form>
          <div className="space-y-2 rounded-lg border border-stone-200 bg-white p-4">
            <h3 className="font-semibold">Move the visit</h3>
            {moveHref ? (
              <Link href={moveHref} className="inline-flex min-h-11 items-center font-medium text-brand-700 underline">
                Open the calendar to move it
              </Link>
            ) : (
              <p className="text-sm text-stone-700">Ask the front desk to move it to a date the treatment is allowed on.</p>
            )}
          </div>
          <ReasonForm
            title="Cancel without a fee"
            label="Reason (the client sees it)"
            submit="Cancel without a fee"
            tone="border-red-700 text-red-800"
            id={`${id}-cancel`}
            value={cancelReason}
            onChange={setCancelReason}
            error={errorFor("cancel")}
            pending={pending}
            onSubmit={() =>
              run(
                "cancel",
                () => actions.cancel({ appointmentId, reason: cancelReason }),
                () => router.push(afterCancelHref),
              )
            }
          />
          <ReasonForm
            title="Keep the treatment"
            label="Why it can go ahead as booked (recorded and audited)"
            submit="Keep it, with this reason"
            tone="border-stone-400"
            id={`${id}-override`}
            value={overrideReason}
            onChange={setOverrideReason}
            error={errorFor("override")}
            pending={pending}
            onSubmit={() =>
              run(
                "override",
                () => actions.override({ appointmentId, reason: overrideReason }),
                () => router.refresh(),
              )
            }
          />
        </div>
      )}
    </section>
  );
}

type ReasonFormProps = {
  title: string;
  label: string;
  submit: string;
  tone: string;
  id: string;
  value: string;
  onChange: (value: string) => void;
  error: string | null;
  pending: boolean;
  onSubmit: () => void;
};

/** A resolution that needs its reason typed (cancelling, keeping the treatment). */
function ReasonForm({ title, label, submit, tone, id, value, onChange, error, pending, onSubmit }: ReasonFormProps) {
  return (
    <form
      aria-label={title}
      className="space-y-2 rounded-lg border border-stone-200 bg-white p-4"
      onSubmit={(event) => {
        event.preventDefault();
        onSubmit();
      }}
    >
      <h3 className="font-semibold">{title}</h3>
      <label htmlFor={id} className="block text-sm font-medium">
        {label}
      </label>
      <textarea
        id={id}
        rows={2}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        className={fieldClass}
      />
      {error && (
        <p id={`${id}-error`} className="text-sm text-red-700">
          {error}
        </p>
      )}
      <button type="submit" disabled={pending} className={`${buttonClass} ${tone}`}>
        {submit}
      </button>
    </form>
  );
}
