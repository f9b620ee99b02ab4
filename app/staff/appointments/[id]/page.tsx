import type { Metadata } from "next";
import Link from "next/link";
import { ChartIntakeSection } from "@/components/consultation/ChartIntakeSection";
import { ChartNoteSection, type NoteActions } from "@/components/consultation/ChartNoteSection";
import { PastVisits } from "@/components/consultation/PastVisits";
import { ChartPhotosSection } from "@/components/photos/ChartPhotosSection";
import { ReviewPanel, type ReviewActions } from "@/components/consultation/ReviewPanel";
import { listReviewAlternatives } from "@/lib/booking/review/commands";
import { orNotFound, requirePageActor } from "@/lib/auth/page-guard";
import { can } from "@/lib/auth/policy";
import { getChart } from "@/lib/consultation/chart-queries";
import { formatDateTime } from "@/lib/format/zoned";
import { getChartPhotos } from "@/lib/photos/queries";
import {
  amendNoteAction,
  cancelForReviewAction,
  changeServiceAction,
  completeAppointmentAction,
  overrideReviewAction,
  saveNoteDraftAction,
  signNoteAction,
} from "./actions";
import { deletePhotoAction } from "./photos/actions";

const REVIEW_ACTIONS: ReviewActions = { override: overrideReviewAction, cancel: cancelForReviewAction, changeService: changeServiceAction };

const NOTE_ACTIONS: NoteActions = {
  saveDraft: saveNoteDraftAction,
  sign: signNoteAction,
  amend: amendNoteAction,
  complete: completeAppointmentAction,
};

export const metadata: Metadata = { title: "Chart" };

type Props = { params: Promise<{ id: string }> };

const section = "space-y-3 rounded-xl border border-stone-200 bg-white p-6";

/** The esthetician's chart: only reachable within the appointment scope; every view is audited. */
export default async function ChartPage({ params }: Props) {
  const { id } = await params;
  const actor = await requirePageActor("chart:view", `/staff/appointments/${id}`);
  const chart = await orNotFound(getChart(actor, id));
  const photos = can(actor, "photos:view") ? await getChartPhotos(actor, id) : null;
  const { appointment } = chart;
  const zone = appointment.location.timeZone;
  const when = formatDateTime(appointment.startsAt, zone, { date: "full", time: "short" });
  const canResolve = chart.review !== null && can(actor, "booking:resolve-review");
  const alternatives = canResolve ? await listReviewAlternatives(actor, appointment.id) : [];
  const home = can(actor, "staff:view-own-schedule")
    ? `/staff/schedule?date=${appointment.visitDate}`
    : `/admin/calendar?date=${appointment.visitDate}`;
  return (
    <div className="max-w-4xl space-y-6">
      <header>
        {can(actor, "staff:view-own-schedule") && (
          <p>
            <Link href={`/staff/schedule?date=${appointment.visitDate}`} className="text-brand-700 underline">
              Back to the schedule
            </Link>
          </p>
        )}
        <h1 className="text-2xl font-semibold">
          {appointment.client.name} — {appointment.service.name}
        </h1>
        <p className="text-stone-700">
          {when} with {appointment.staff.displayName} · {appointment.status.replace("_", " ").toLowerCase()}
        </p>
      </header>
      {chart.review && (
        <ReviewPanel
          appointmentId={appointment.id}
          review={chart.review}
          alternatives={alternatives}
          actions={canResolve ? REVIEW_ACTIONS : null}
          moveHref={can(actor, "admin:manage-schedule") ? `/admin/calendar?date=${appointment.visitDate}` : null}
          afterCancelHref={home}
        />
      )}
      <section aria-labelledby="client-heading" className={section}>
        <h2 id="client-heading" className="text-lg font-semibold">
          Client
        </h2>
        <p>
          {appointment.client.name} · {appointment.client.email} · {appointment.client.phone ?? "no phone"}
        </p>
        {appointment.clientNotes && <p className="text-stone-700">Booking note: {appointment.clientNotes}</p>}
      </section>
      <ChartIntakeSection chart={chart} />
      <ChartNoteSection chart={chart} canWrite={can(actor, "chart:write-notes")} actions={NOTE_ACTIONS} />
      {photos && (
        <ChartPhotosSection
          photos={photos}
          canCapture={can(actor, "photos:capture")}
          canExport={can(actor, "photos:export-marketing")}
          remove={deletePhotoAction}
        />
      )}
      <section aria-labelledby="past-heading" className={section}>
        <h2 id="past-heading" className="text-lg font-semibold">
          Past visits
        </h2>
        <PastVisits visits={chart.pastVisits} products={chart.products} timeZone={zone} />
      </section>
    </div>
  );
}
