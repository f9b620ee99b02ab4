import type { ServerAction } from "@/lib/actions/types";
import { PHOTO_PHASES, photoAngleLabel } from "@/lib/photos/angles";
import type { PhotoDto } from "@/lib/photos/queries";
import { DeletePhotoButton } from "./DeletePhotoButton";
import { PhotoThumb } from "./PhotoThumb";

/** One visit's photos as thumbnails, each deletable while the note is unsigned, exportable where allowed. */
export function VisitPhotoList({
  photos,
  remove,
  exportable = false,
}: {
  photos: PhotoDto[];
  /** Given only while photos may be deleted (the treating esthetician, the note unsigned). */
  remove?: ServerAction<{ photoId: string }>;
  exportable?: boolean;
}) {
  if (photos.length === 0) return <p className="text-stone-700">No photos yet.</p>;
  return (
    <ul className="flex flex-wrap gap-3">
      {photos.map((photo) => (
        <li key={photo.id}>
          <PhotoThumb photo={photo}>
            {exportable && (
              <a href={`/api/v1/photos/${photo.id}/export`} className="inline-flex min-h-11 items-center text-sm text-brand-700 underline">
                Download for marketing
              </a>
            )}
            {remove && (
              <DeletePhotoButton
                photoId={photo.id}
                label={`${photoAngleLabel(photo.angle, photo.zone)}, ${PHOTO_PHASES[photo.phase].toLowerCase()}`}
                remove={remove}
              />
            )}
          </PhotoThumb>
        </li>
      ))}
    </ul>
  );
}
