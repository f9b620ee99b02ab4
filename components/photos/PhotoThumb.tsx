import { PHOTO_PHASES, photoAngleLabel } from "@/lib/photos/angles";
import type { PhotoDto } from "@/lib/photos/queries";

/** One photo as a labelled thumbnail linking to its display size. The image request is audited. */
export function PhotoThumb({ photo, children }: { photo: PhotoDto; children?: React.ReactNode }) {
  const label = `${photoAngleLabel(photo.angle, photo.zone)} — ${PHOTO_PHASES[photo.phase].toLowerCase()}`;
  return (
    <figure className="w-36 space-y-1">
      <a
        href={photo.display.url}
        target="_blank"
        rel="noopener"
        className="block overflow-hidden rounded-lg border border-stone-200 bg-stone-100"
      >
        {/* eslint-disable-next-line @next/next/no-img-element -- served by an authorised, audited route, never optimised or cached */}
        <img
          src={photo.thumb.url}
          width={photo.thumb.width}
          height={photo.thumb.height}
          alt={`Photo: ${label}`}
          loading="lazy"
          className="aspect-[3/4] h-auto w-full object-cover"
        />
      </a>
      <figcaption className="text-sm">
        {label}
        {photo.addedAfterSigning && <span className="block text-xs text-stone-600">Added after signing</span>}
      </figcaption>
      {children}
    </figure>
  );
}
