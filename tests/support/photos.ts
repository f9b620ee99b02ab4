import type { Role } from "@/lib/auth/policy";
import { db } from "@/lib/db/client";
import { changeOwnPhotoConsent } from "@/lib/intake/photo-consent";
import type { PhotoUploadFields } from "@/lib/photos/schema";
import type { PhotoStore } from "@/lib/photos/storage";
import { asActor } from "../factories/booking-spa";
import { createUser } from "../factories/users";
import { chartScenario } from "./chart";

/** The bytes of a stored object, read back through the store that holds it. */
export async function readStoredObject(store: PhotoStore, key: string): Promise<Buffer | null> {
  const object = await store.open(db, key);
  if (!object) return null;
  return Buffer.from(await new Response(object.body).arrayBuffer());
}

/**
 * The chart scenario (a client, her visit with the first esthetician, a second esthetician, an
 * admin) with the client's clinical-photo consent given from her account, another client, and
 * upload fields for the visit.
 */
export async function photoScenario(options: { clinicalConsent?: boolean } = {}) {
  const s = await chartScenario();
  if (options.clinicalConsent ?? true) {
    await changeOwnPhotoConsent(s.clientActor, { kind: "CLINICAL", granted: true }, { ip: null, userAgent: null });
  }
  const { user: other } = await createUser({ role: "CLIENT" });
  return {
    ...s,
    otherClient: asActor(other),
    // The role another branch adds; until this table and the photo scope list it, it must be denied.
    frontDesk: { ...s.adminActor, role: "FRONT_DESK" as Role },
    fields: (patch: Partial<PhotoUploadFields> = {}): PhotoUploadFields => ({
      appointmentId: s.appointment.id,
      angle: "FRONT",
      phase: "BEFORE",
      zone: null,
      ...patch,
    }),
  };
}

/** Rows a refused upload must not have left behind. */
export async function storedCounts() {
  const [photos, objects, chunks] = await Promise.all([db.clinicalPhoto.count(), db.photoObject.count(), db.photoObjectChunk.count()]);
  return { photos, objects, chunks };
}
