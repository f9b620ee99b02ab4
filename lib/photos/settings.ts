import "server-only";
import { recordAudit } from "@/lib/audit/record";
import { assertCan } from "@/lib/auth/assert-can";
import type { Actor } from "@/lib/auth/policy";
import { db, type DbClient } from "@/lib/db/client";
import { requireSpaLocation } from "@/lib/location/queries";
import type { PhotoPolicyData } from "./schema";

/** No row = the defaults: originals are not kept (identifying detail stays out), clients do not see photos. */
export const DEFAULT_PHOTO_POLICY: PhotoPolicyData = { keepOriginals: false, clientsSeePhotos: false };

export async function loadPhotoPolicy(client: DbClient, locationId: string): Promise<PhotoPolicyData> {
  const row = await client.photoPolicy.findUnique({ where: { locationId }, select: { keepOriginals: true, clientsSeePhotos: true } });
  return row ?? DEFAULT_PHOTO_POLICY;
}

export async function getPhotoPolicy(actor: Actor): Promise<PhotoPolicyData> {
  assertCan(actor, "photos:manage-settings");
  return loadPhotoPolicy(db, (await requireSpaLocation()).id);
}

export async function updatePhotoPolicy(actor: Actor, input: PhotoPolicyData): Promise<PhotoPolicyData> {
  assertCan(actor, "photos:manage-settings");
  const { id: locationId } = await requireSpaLocation();
  return db.$transaction(async (tx) => {
    const before = await loadPhotoPolicy(tx, locationId);
    await tx.photoPolicy.upsert({ where: { locationId }, create: { locationId, ...input }, update: input });
    await recordAudit(tx, actor, {
      action: "photo-policy.update",
      entityType: "location",
      entityId: locationId,
      details: { before, after: input },
    });
    return input;
  });
}
