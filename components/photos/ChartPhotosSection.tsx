import Link from "next/link";
import type { ServerAction } from "@/lib/actions/types";
import type { ChartPhotos } from "@/lib/photos/queries";
import { ConsentStatus } from "./ConsentStatus";
import { PhotoTimeline } from "./PhotoTimeline";
import { VisitPhotoList } from "./VisitPhotoList";

type Props = {
  photos: ChartPhotos;
  canCapture: boolean;
  canExport: boolean;
  remove: ServerAction<{ photoId: string }>;
};

/** The chart's photos: consents, this visit's photos, and the client's photo timeline. */
export function ChartPhotosSection({ photos, canCapture, canExport, remove }: Props) {
  const { appointment, visit, earlier, consents } = photos;
  const zone = appointment.location.timeZone;
  const consented = consents.CLINICAL?.granted === true;
  const open = appointment.status !== "NO_SHOW";
  const base = `/staff/appointments/${appointment.id}/photos`;
  return (
    <section aria-labelledby="photos-heading" className="space-y-4 rounded-xl border border-stone-200 bg-white p-6">
      <h2 id="photos-heading" className="text-lg font-semibold">
        Photos
      </h2>
      <ConsentStatus consents={consents} timeZone={zone} />
      <div className="space-y-2">
        <h3 className="font-semibold">This visit</h3>
        <VisitPhotoList
          photos={visit.photos}
          remove={canCapture && !visit.signed ? remove : undefined}
          exportable={canExport && consents.MARKETING?.granted === true}
        />
        {visit.signed && visit.photos.length > 0 && (
          <p className="text-sm text-stone-600">Locked with the signed note. Photos added now are recorded as amendments.</p>
        )}
        <p className="flex flex-wrap gap-x-6">
          {canCapture && open && consented && (
            <Link href={base} className="inline-flex min-h-11 items-center font-medium text-brand-700 underline">
              Take or upload photos
            </Link>
          )}
          {visit.photos.length + earlier.reduce((n, v) => n + v.photos.length, 0) > 1 && (
            <Link href={`${base}/compare`} className="inline-flex min-h-11 items-center font-medium text-brand-700 underline">
              Compare photos
            </Link>
          )}
        </p>
        {canCapture && !consented && (
          <p className="rounded-lg border border-amber-200 bg-amber-50 px-3 py-2 text-sm text-amber-900">
            No photos can be taken: the client has not given (or has withdrawn) consent to clinical photos.
          </p>
        )}
      </div>
      <div className="space-y-2">
        <h3 className="font-semibold">Photo timeline</h3>
        <PhotoTimeline visits={earlier} timeZone={zone} exportable={canExport && consents.MARKETING?.granted === true} />
      </div>
    </section>
  );
}
