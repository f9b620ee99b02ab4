import { FaceMapView } from "@/components/consultation/FaceMapView";
import { formatDateTime } from "@/lib/format/zoned";
import type { PhotoVisit } from "@/lib/photos/queries";
import { PhotoThumb } from "./PhotoThumb";

/** The client's photos visit by visit, latest first, each beside that visit's face map. */
export function PhotoTimeline({
  visits,
  timeZone,
  showFaceMap = true,
  exportable = false,
}: {
  visits: PhotoVisit[];
  timeZone: string;
  showFaceMap?: boolean;
  exportable?: boolean;
}) {
  if (visits.length === 0) return <p className="text-stone-700">No photos from earlier visits.</p>;
  return (
    <ol className="space-y-4">
      {visits.map((visit) => (
        <li key={visit.appointmentId} className="space-y-2 rounded-lg border border-stone-200 p-3">
          <h3 className="font-semibold">
            {formatDateTime(visit.startsAt, timeZone, { date: "medium", time: "short" })} — {visit.serviceName} with {visit.staffName}
          </h3>
          <div className="flex flex-col gap-4 lg:flex-row">
            <ul className="flex flex-wrap gap-3">
              {visit.photos.map((photo) => (
                <li key={photo.id}>
                  <PhotoThumb photo={photo}>
                    {exportable && (
                      <a
                        href={`/api/v1/photos/${photo.id}/export`}
                        className="inline-flex min-h-11 items-center text-sm text-brand-700 underline"
                      >
                        Download for marketing
                      </a>
                    )}
                  </PhotoThumb>
                </li>
              ))}
            </ul>
            {showFaceMap && (
              <div className="lg:ml-auto">
                <h4 className="sr-only">Face map of this visit</h4>
                <FaceMapView faceMap={visit.faceMap} compact />
              </div>
            )}
          </div>
        </li>
      ))}
    </ol>
  );
}
