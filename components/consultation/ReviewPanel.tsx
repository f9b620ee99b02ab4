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
          <form
            aria-label="Cancel without a fee"
            className="space-y-2 rounded-lg border border-stone-200 bg-white p-4"
            onSubmit={(event) => {
              event.preventDefault();
              run(
                "cancel",
                () => actions.cancel({ appointmentId, reason: cancelReason }),
                () => router.push(afterCancelHref),
              );
            }}
          >
            <h3 className="font-semibold">Cancel without a fee</h3>
            <label htmlFor={`${id}-cancel`} className="block text-sm font-medium">
              Reason (the client sees it)
            </label>
            <textarea
              id={`${id}-cancel`}
              rows={2}
              value={cancelReason}
              onChange={(e) => setCancelReason(e.target.value)}
              aria-invalid={errorFor("cancel") ? true : undefined}
              aria-describedby={errorFor("cancel") ? `${id}-cancel-error` : undefined}
              className={fieldClass}
            />
            {errorFor("cancel") && (
              <p id={`${id}-cancel-error`} className="text-sm text-red-700">
                {errorFor("cancel")}
              </p>
            )}
            <button type="submit" disabled={pending} className={`${buttonClass} border-red-700 text-red-800`}>
              Cancel without a fee
            </button>
          </form>
          <form
            aria-label="Keep the treatment"
            className="space-y-2 rounded-lg border border-stone-200 bg-white p-4"
            onSubmit={(event) => {
              event.preventDefault();
              run(
                "override",
                () => actions.override({ appointmentId, reason: overrideReason }),
                () => router.refresh(),
              );
            }}
          >
            <h3 className="font-semibold">Keep the treatment</h3>
            <label htmlFor={`${id}-override`} className="block text-sm font-medium">
              Why it can go ahead as booked (recorded and audited)
            </label>
            <textarea
              id={`${id}-override`}
              rows={2}
              value={overrideReason}
              onChange={(e) => setOverrideReason(e.target.value)}
              aria-invalid={errorFor("override") ? true : undefined}
              aria-describedby={errorFor("override") ? `${id}-override-error` : undefined}
              className={fieldClass}
            />
            {errorFor("override") && (
              <p id={`${id}-override-error`} className="text-sm text-red-700">
                {errorFor("override")}
              </p>
            )}
            <button type="submit" disabled={pending} className={`${buttonClass} border-stone-400`}>
              Keep it, with this reason
            </button>
          </form>
        </div>
      )}
    </section>
  );
}
