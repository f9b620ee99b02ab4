import { FaceMapView } from "@/components/consultation/FaceMapView";
import { formatDateTime } from "@/lib/format/zoned";
import { PHOTO_PHASES } from "@/lib/photos/angles";
import type { Comparison } from "@/lib/photos/compare";
import type { PhotoDto, PhotoVisit } from "@/lib/photos/queries";
import { CompareSlider } from "./CompareSlider";

type Props = { comparison: Comparison<PhotoDto>; visits: PhotoVisit[]; timeZone: string; mode: "side" | "slider" };

/** The two chosen photos side by side or under a slider, each with its visit's face map. */
export function ComparePhotos({ comparison, visits, timeZone, mode }: Props) {
  const { left, right } = comparison;
  if (!left || !right || left.id === right.id) return <p className="text-stone-700">There is only one photo of this angle so far.</p>;
  const visitOf = (photo: PhotoDto) => visits.find((v) => v.appointmentId === photo.appointmentId)!;
  const caption = (photo: PhotoDto) =>
    `${formatDateTime(visitOf(photo).startsAt, timeZone, { date: "medium", time: "short" })}, ${PHOTO_PHASES[photo.phase].toLowerCase()}`;
  const visitTime = (visit: PhotoVisit) => formatDateTime(visit.startsAt, timeZone, { date: "medium", time: "short" });
  const sides = [left, right].map((photo) => ({ photo, caption: caption(photo), visit: visitOf(photo) }));
  return (
    <div className="space-y-6">
      {mode === "slider" ? (
        <CompareSlider
          left={{ url: left.display.url, width: left.display.width, height: left.display.height, caption: sides[0]!.caption }}
          right={{ url: right.display.url, width: right.display.width, height: right.display.height, caption: sides[1]!.caption }}
        />
      ) : (
        <div className="grid grid-cols-2 gap-2 sm:gap-4">
          {sides.map(({ photo, caption: text }) => (
            <figure key={photo.id} className="space-y-1">
              {/* eslint-disable-next-line @next/next/no-img-element -- served by the audited photo route */}
              <img
                src={photo.display.url}
                width={photo.display.width}
                height={photo.display.height}
                alt={`Photo from ${text}`}
                className="h-auto w-full rounded-lg bg-stone-100"
              />
              <figcaption className="text-sm font-medium">{text}</figcaption>
            </figure>
          ))}
        </div>
      )}
      <div className="grid gap-4 sm:grid-cols-2">
        {sides.map(({ photo, visit }) => (
          <section key={photo.id} aria-label={`Face map, visit of ${visitTime(visit)}`} className="space-y-1">
            <h3 className="text-sm font-semibold">Face map — visit of {visitTime(visit)}</h3>
            <FaceMapView faceMap={visit.faceMap} compact />
          </section>
        ))}
      </div>
    </div>
  );
}
