import type { Metadata } from "next";
import Link from "next/link";
import { EditHistory } from "@/components/homecare/EditHistory";
import { PlanEditor } from "@/components/homecare/PlanEditor";
import { KeyDates } from "@/components/homecare/PlanView";
import { PlanStatus } from "@/components/homecare/PlanStatus";
import { formatDateTime } from "@/lib/format/zoned";
import { orNotFound, requirePageActor } from "@/lib/auth/page-guard";
import { getPlanForReview } from "@/lib/homecare/review";
import { confirmPlanProductAction, editPlanLineAction, publishPlanAction } from "./actions";

export const metadata: Metadata = { title: "Homecare plan" };

type Props = { params: Promise<{ id: string }> };

const card = "space-y-3 rounded-xl border border-stone-200 bg-white p-6";

/** Review, edit and publish the plan drafted from the signed note. The visit's esthetician and admins only; audited. */
export default async function HomecareReviewPage({ params }: Props) {
  const { id } = await params;
  const actor = await requirePageActor("homecare:manage", `/staff/appointments/${id}/homecare`);
  const { appointment, plan } = await orNotFound(getPlanForReview(actor, id));
  const zone = appointment.location.timeZone;
  return (
    <div className="max-w-4xl space-y-6">
      <header>
        <p>
          <Link href={`/staff/appointments/${appointment.id}`} className="text-brand-700 underline">
            Back to the chart and note
          </Link>
        </p>
        <h1 className="text-2xl font-semibold">Homecare plan — {appointment.client.name}</h1>
        <p className="text-stone-700">
          {appointment.service.name} on {formatDateTime(appointment.startsAt, zone, { date: "long", time: "short" })} with{" "}
          {appointment.staff.displayName}
        </p>
      </header>
      {!plan ? (
        <p className={card}>There is no plan yet: it is drafted when you sign the treatment note.</p>
      ) : (
        <>
          {(plan.content.reviewNotes ?? []).length > 0 && (
            <section aria-labelledby="review-notes-heading" className="space-y-2 rounded-xl border border-amber-300 bg-amber-50 p-6">
              <h2 id="review-notes-heading" className="text-lg font-semibold">
                {plan.content.intake?.state === "expired" ? "Intake out of date" : "Check before publishing"}
              </h2>
              <ul className="list-disc space-y-1 pl-5">
                {plan.content.reviewNotes!.map((note) => (
                  <li key={note}>{note}</li>
                ))}
              </ul>
            </section>
          )}
          <PlanStatus plan={plan} appointmentId={appointment.id} timeZone={zone} publish={publishPlanAction} />
          <section aria-labelledby="dates-heading" className={card}>
            <h2 id="dates-heading" className="text-lg font-semibold">
              Key dates
            </h2>
            <KeyDates plan={plan.content} />
          </section>
          <section aria-labelledby="lines-heading" className={card}>
            <h2 id="lines-heading" className="text-lg font-semibold">
              Lines
            </h2>
            <PlanEditor
              appointmentId={appointment.id}
              plan={plan.content}
              editLine={editPlanLineAction}
              confirmProduct={confirmPlanProductAction}
            />
          </section>
          <section aria-labelledby="history-heading" className={card}>
            <h2 id="history-heading" className="text-lg font-semibold">
              Changes
            </h2>
            <EditHistory edits={plan.edits} timeZone={zone} />
          </section>
        </>
      )}
    </div>
  );
}
