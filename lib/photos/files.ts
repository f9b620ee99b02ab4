import "server-only";
import { assertCan } from "@/lib/auth/assert-can";
import type { Actor } from "@/lib/auth/policy";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import { hasMarketingConsent } from "@/lib/intake/photo-consent";
import { getLocalDate } from "@/lib/dates/local-date";
import { PHOTO_ANGLES, PHOTO_PHASES, type PhotoVariant } from "./angles";
import { auditPhoto } from "./audit";
import { clientsSeePhotos } from "./queries";
import { photoScope } from "./scope";
import { storeFor, type StoredObject } from "./storage";

/** How long a presigned object-store URL lives: long enough for the browser to follow the redirect. */
export const PRESIGNED_SECONDS = 60;

export type PhotoFile = { kind: "redirect"; url: string; filename: string } | { kind: "stream"; object: StoredObject; filename: string };

type Purpose = "view" | "download" | "export";

const NOT_FOUND = "That photo was not found.";

async function findPhoto(actor: Actor, photoId: string) {
  const scope = photoScope(actor);
  if (!scope) throw new AppError("NOT_FOUND", NOT_FOUND);
  const photo = await db.clinicalPhoto.findFirst({
    where: { AND: [scope, { id: photoId, appointment: { status: { notIn: ["CANCELLED", "LATE_CANCELLED"] } } }] },
    select: {
      id: true,
      appointmentId: true,
      clientId: true,
      angle: true,
      phase: true,
      storage: true,
      thumbKey: true,
      displayKey: true,
      originalKey: true,
      appointment: { select: { startsAt: true, location: { select: { timeZone: true } } } },
    },
  });
  if (!photo) throw new AppError("NOT_FOUND", NOT_FOUND);
  return photo;
}

function fileName(photo: Awaited<ReturnType<typeof findPhoto>>, variant: PhotoVariant): string {
  const date = getLocalDate(photo.appointment.startsAt, photo.appointment.location.timeZone);
  const angle = PHOTO_ANGLES[photo.angle].label.toLowerCase().replace(/[^a-z0-9]+/g, "-");
  return `photo-${date}-${angle}-${PHOTO_PHASES[photo.phase].toLowerCase()}.${variant === "original" ? "jpg" : "webp"}`;
}

// Who may open a photo: staff with photos:view inside the photo scope; a client their own, and
// only while the spa lets clients see photos.
async function authorise(actor: Actor, photoId: string) {
  if (actor.role === "CLIENT") {
    assertCan(actor, "photos:view-own");
    if (!(await clientsSeePhotos(actor.userId))) throw new AppError("NOT_FOUND", NOT_FOUND);
  } else {
    assertCan(actor, "photos:view");
  }
  return findPhoto(actor, photoId);
}

async function deliver(actor: Actor, photo: Awaited<ReturnType<typeof findPhoto>>, variant: PhotoVariant, purpose: Purpose) {
  const key = variant === "thumb" ? photo.thumbKey : variant === "display" ? photo.displayKey : photo.originalKey;
  if (!key) throw new AppError("NOT_FOUND", "The spa does not keep the original of this photo.");
  // The audit entry commits before a byte leaves, so no view goes unrecorded.
  await auditPhoto(db, actor, { action: `photo.${purpose}`, photoId: photo.id, appointmentId: photo.appointmentId, details: { variant } });
  const store = storeFor(photo.storage);
  const filename = fileName(photo, variant);
  const url = await store.presignedUrl(key, {
    expiresInSeconds: PRESIGNED_SECONDS,
    ...(purpose === "view" ? {} : { downloadName: filename }),
  });
  if (url) return { kind: "redirect", url, filename } satisfies PhotoFile;
  const object = await store.open(db, key);
  if (!object) throw new AppError("NOT_FOUND", NOT_FOUND);
  return { kind: "stream", object, filename } satisfies PhotoFile;
}

/** One variant of a photo to show (`view`) or save (`download`), authorised, scoped and audited. */
export async function openPhotoFile(
  actor: Actor,
  { photoId, variant, purpose }: { photoId: string; variant: PhotoVariant; purpose: "view" | "download" },
): Promise<PhotoFile> {
  const photo = await authorise(actor, photoId);
  return deliver(actor, photo, variant, purpose);
}

/**
 * The display image for the spa's marketing: admins only, and only while the client's marketing
 * consent stands at this moment, so a withdrawal stops every later export at once.
 */
export async function exportPhotoForMarketing(actor: Actor, photoId: string): Promise<PhotoFile> {
  assertCan(actor, "photos:export-marketing");
  const photo = await findPhoto(actor, photoId);
  if (!(await hasMarketingConsent(db, photo.clientId))) {
    throw new AppError("CONFLICT", "The client has not consented to marketing use of their photos (or has withdrawn it).");
  }
  return deliver(actor, photo, "display", "export");
}
