import type { Metadata } from "next";
import Link from "next/link";
import { ChartPageHeader } from "@/components/photos/ChartPageHeader";
import { PhotoCapture, type Ghosts } from "@/components/photos/PhotoCapture";
import { VisitPhotoList } from "@/components/photos/VisitPhotoList";
import { orNotFound, requirePageActor } from "@/lib/auth/page-guard";
import { formatDateTime } from "@/lib/format/zoned";
import { PHOTO_PHASES, PHOTO_PHASE_IDS } from "@/lib/photos/angles";
import { getChartPhotos, ghostPhotos, type ChartPhotos } from "@/lib/photos/queries";
import { deletePhotoAction } from "./actions";

export const metadata: Metadata = { title: "Photos" };

type Props = { params: Promise<{ id: string }> };

function ghostsFor(photos: ChartPhotos): Ghosts {
  const zone = photos.appointment.location.timeZone;
  const entries = PHOTO_PHASE_IDS.map((phase) => {
    const byKey = ghostPhotos(photos, phase);
    const visits = new Map(photos.earlier.map((visit) => [visit.appointmentId, visit.startsAt]));
    return [
      phase,
      Object.fromEntries(
        Object.entries(byKey).map(([key, photo]) => [
          key,
          {
            url: photo.display.url,
            caption: `${PHOTO_PHASES[photo.phase].toLowerCase()} photo of ${formatDateTime(visits.get(photo.appointmentId)!, zone, { date: "medium" })}`,
          },
        ]),
      ),
    ];
  });
  return Object.fromEntries(entries) as Ghosts;
}

/** Taking photos in the treatment room: the treating esthetician, with the client's clinical-photo consent. */
export default async function CapturePhotosPage({ params }: Props) {
  const { id } = await params;
  const actor = await requirePageActor("photos:capture", `/staff/appointments/${id}/photos`);
  const photos = await orNotFound(getChartPhotos(actor, id));
  const { appointment, visit } = photos;
  const consented = photos.consents.CLINICAL?.granted === true;
  const initialPhase = visit.photos.some((photo) => photo.phase === "BEFORE") ? "AFTER" : "BEFORE";
  return (
    <div className="max-w-5xl space-y-6">
      <ChartPageHeader appointmentId={appointment.id} title={`Photos — ${appointment.client.name}`}>
        <p className="text-stone-700">
          {formatDateTime(appointment.startsAt, appointment.location.timeZone, { date: "full", time: "short" })} ·{" "}
          {appointment.service.name}
        </p>
      </ChartPageHeader>
      {consented && appointment.status !== "NO_SHOW" ? (
        <section aria-label="Take a photo" className="rounded-xl border border-stone-200 bg-white p-4 sm:p-6">
          <PhotoCapture appointmentId={appointment.id} ghosts={ghostsFor(photos)} initialPhase={initialPhase} />
        </section>
      ) : (
        <p role="alert" className="rounded-lg border border-amber-200 bg-amber-50 px-3 py-2 text-amber-900">
          {appointment.status === "NO_SHOW"
            ? "The client did not come to this visit, so it takes no photos."
            : "No photos can be taken: the client has not given (or has withdrawn) consent to clinical photos."}
        </p>
      )}
      <section aria-labelledby="visit-photos-heading" className="space-y-3 rounded-xl border border-stone-200 bg-white p-6">
        <h2 id="visit-photos-heading" className="text-lg font-semibold">
          This visit&apos;s photos
        </h2>
        <VisitPhotoList photos={visit.photos} remove={visit.signed ? undefined : deletePhotoAction} />
        <Link
          href={`/staff/appointments/${appointment.id}/photos/compare`}
          className="inline-flex min-h-11 items-center font-medium text-brand-700 underline"
        >
          Compare photos
        </Link>
      </section>
    </div>
  );
}
