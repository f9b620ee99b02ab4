import "server-only";
import { randomUUID } from "node:crypto";
import { assertCan } from "@/lib/auth/assert-can";
import type { Actor } from "@/lib/auth/policy";
import { appointmentScope } from "@/lib/auth/scope";
import { requireChartAppointment } from "@/lib/chart/access";
import { appendAmendment } from "@/lib/consultation/note-commands";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import { isLockedRecordViolation, isUniqueViolation } from "@/lib/errors/postgres";
import { requireClinicalPhotoConsent } from "@/lib/intake/photo-consent";
import { PHOTO_PHASES, photoAngleLabel } from "./angles";
import { auditPhoto } from "./audit";
import { processPhoto, type ProcessedVariant } from "./process";
import type { DeletePhotoInput, PhotoUploadFields } from "./schema";
import { loadPhotoPolicy } from "./settings";
import { photoStoreForNewPhotos, storeFor, type PhotoStore } from "./storage";

const DUPLICATE = "This photo is already in this visit.";
const LOCKED = "This photo belongs to a signed note and is locked. Add another photo instead; it is recorded as an amendment.";
const EXTENSION: Record<string, string> = { "image/webp": "webp", "image/jpeg": "jpg" };

function objectKey(photoId: string, variant: ProcessedVariant): string {
  return `photos/${photoId}/${variant.variant}.${EXTENSION[variant.contentType] ?? "bin"}`;
}

/**
 * Adds a photo to a visit the esthetician performs. The client's clinical-photo consent is checked
 * before the image is processed and again in the transaction that stores it (a withdrawal that
 * commits meanwhile wins). The photo and its bytes commit together; in an object store, objects put
 * for a transaction that then fails are removed. A photo added after the note was signed is
 * recorded as an amendment of that note.
 */
export async function addPhoto(actor: Actor, fields: PhotoUploadFields, file: Buffer, now = new Date()) {
  assertCan(actor, "photos:capture");
  const visit = await requireChartAppointment(actor, fields.appointmentId, "photos:capture");
  if (visit.status === "NO_SHOW") throw new AppError("CONFLICT", "The client did not come to this visit, so it takes no photos.");
  await requireClinicalPhotoConsent(db, visit.clientId);
  const policy = await loadPhotoPolicy(db, visit.location.id);
  const processed = await processPhoto(file, { keepOriginal: policy.keepOriginals });
  const photoId = randomUUID();
  const store = photoStoreForNewPhotos();
  const keys = processed.variants.map((variant) => objectKey(photoId, variant));
  try {
    return await db.$transaction(
      async (tx) => {
        await requireChartAppointment(actor, visit.id, "photos:capture", tx);
        await requireClinicalPhotoConsent(tx, visit.clientId);
        const note = await tx.treatmentNote.findUnique({ where: { appointmentId: visit.id }, select: { id: true, signedAt: true } });
        for (const [index, variant] of processed.variants.entries()) {
          await store.put(tx, { key: keys[index]!, body: variant.body, contentType: variant.contentType });
        }
        const keyOf = (name: ProcessedVariant["variant"]) => keys[processed.variants.findIndex((v) => v.variant === name)] ?? null;
        const addedAfterSigning = !!note?.signedAt;
        await tx.clinicalPhoto.create({
          data: {
            id: photoId,
            appointmentId: visit.id,
            clientId: visit.clientId,
            takenById: actor.userId,
            angle: fields.angle,
            zone: fields.zone,
            phase: fields.phase,
            contentHash: processed.contentHash,
            width: processed.width,
            height: processed.height,
            storage: store.kind,
            thumbKey: keyOf("thumb")!,
            displayKey: keyOf("display")!,
            originalKey: keyOf("original"),
            addedAfterSigning,
            createdAt: now,
          },
          select: { id: true },
        });
        const label = `${photoAngleLabel(fields.angle, fields.zone)}, ${PHOTO_PHASES[fields.phase].toLowerCase()}`;
        await auditPhoto(tx, actor, {
          action: "photo.add",
          photoId,
          appointmentId: visit.id,
          details: { angle: fields.angle, phase: fields.phase },
        });
        if (note?.signedAt) {
          const text = `Photo added after signing: ${label}.`;
          await appendAmendment(tx, actor, { appointmentId: visit.id, noteId: note.id, text, now, details: { photoId } });
        }
        return { id: photoId, addedAfterSigning };
      },
      { timeout: 30_000 },
    );
  } catch (error) {
    await discardObjects(store, keys);
    if (isUniqueViolation(error)) throw new AppError("CONFLICT", DUPLICATE);
    throw error;
  }
}

// The database store's rows went with the rolled-back transaction; an object store's did not.
async function discardObjects(store: PhotoStore, keys: string[]): Promise<void> {
  if (store.kind === "POSTGRES") return;
  await store.remove(db, keys).catch((error: unknown) => {
    console.warn("Could not remove the objects of a photo that was not stored", { keys, error: String(error) });
  });
}

/**
 * Deletes a photo of a visit the esthetician performs, while its note is unsigned. After signing
 * it is locked (this check, and a trigger in the database).
 */
export async function deletePhoto(actor: Actor, input: DeletePhotoInput): Promise<{ appointmentId: string }> {
  assertCan(actor, "photos:capture");
  const deleted = await db
    .$transaction(async (tx) => {
      const photo = await tx.clinicalPhoto.findFirst({
        where: { id: input.photoId, appointment: { status: { notIn: ["CANCELLED", "LATE_CANCELLED"] }, ...appointmentScope(actor) } },
        select: { id: true, appointmentId: true, storage: true, thumbKey: true, displayKey: true, originalKey: true },
      });
      if (!photo) throw new AppError("NOT_FOUND", "That photo was not found.");
      const note = await tx.treatmentNote.findUnique({ where: { appointmentId: photo.appointmentId }, select: { signedAt: true } });
      if (note?.signedAt) throw new AppError("CONFLICT", LOCKED);
      await tx.clinicalPhoto.delete({ where: { id: photo.id } });
      const keys = [photo.thumbKey, photo.displayKey, ...(photo.originalKey ? [photo.originalKey] : [])];
      if (photo.storage === "POSTGRES") await storeFor("POSTGRES").remove(tx, keys);
      await auditPhoto(tx, actor, { action: "photo.delete", photoId: photo.id, appointmentId: photo.appointmentId });
      return { ...photo, keys };
    })
    .catch((error: unknown) => {
      if (isLockedRecordViolation(error)) throw new AppError("CONFLICT", LOCKED);
      throw error;
    });
  if (deleted.storage === "S3") await discardObjects(storeFor("S3"), deleted.keys);
  return { appointmentId: deleted.appointmentId };
}
