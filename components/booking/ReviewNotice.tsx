import Link from "next/link";
import type { AppointmentDetails } from "@/lib/booking/queries";
import { formatLocalDate } from "@/lib/format/calendar";

const linkClass = "inline-flex min-h-11 items-center font-medium text-brand-700 underline";

/**
 * The client's own appointment in "needs review": what happened, why in plain words (this page is
 * theirs, signed in: unlike an email it may say), what happens next, and that they may cancel
 * without a fee. It never says the visit is all set.
 */
export function ReviewNotice({ appointment }: { appointment: AppointmentDetails }) {
  const review = appointment.review;
  if (!review) return null;
  const reasons = [...new Set(review.reasons.map((reason) => reason.clientReason))];
  const cause = review.trigger === "INTAKE" ? "Your updated health and skin questionnaire" : "The new date";
  const cleared = review.reasons.find((reason) => reason.clearedWhen)?.clearedWhen;
  const until =
    review.blockedUntil === "cleared"
      ? `isn't right for you for now${cleared ? ` (${cleared})` : ""}`
      : `can't go ahead before ${formatLocalDate(review.blockedUntil, "long")}`;
  return (
    <section aria-labelledby="review-heading" className="space-y-2 rounded-xl border border-amber-300 bg-amber-50 p-5">
      <h2 id="review-heading" className="text-lg font-semibold">
        We need to check this treatment with you
      </h2>
      <p>
        {cause} means the {appointment.service.name} {until}
        {reasons.length > 0 ? `, because ${reasons.join(", and ")}` : ""}. Your esthetician will be in touch to change the treatment, move
        the visit, or confirm it can go ahead.
      </p>
      <p>
        You can also call {appointment.location.name} on {appointment.location.phone} or email {appointment.location.email}
        {appointment.canCancel ? ", or cancel without a fee." : "."}
      </p>
      {appointment.canCancel && (
        <Link href={`/account/appointments/${appointment.id}/cancel`} className={linkClass}>
          Cancel without a fee
        </Link>
      )}
    </section>
  );
}
