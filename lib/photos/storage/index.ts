import "server-only";
import { AppError } from "@/lib/errors/app-error";
import { s3SettingsFromEnv } from "./config";
import { createPostgresPhotoStore } from "./postgres-store";
import { createS3PhotoStore } from "./s3-store";
import type { PhotoStorageKind, PhotoStore } from "./types";

export type { PhotoStore, PhotoStorageKind, StoredObject } from "./types";

const stores = globalThis as unknown as { glowbookPhotoStores?: Partial<Record<PhotoStorageKind, PhotoStore>> };

/** Drops the stores made so far, so the next use reads the environment again (tests switch stores this way). */
export function forgetPhotoStores(): void {
  stores.glowbookPhotoStores = {};
}

function s3Store(): PhotoStore | null {
  stores.glowbookPhotoStores ??= {};
  if (!stores.glowbookPhotoStores.S3) {
    const settings = s3SettingsFromEnv();
    if (settings) stores.glowbookPhotoStores.S3 = createS3PhotoStore(settings);
  }
  return stores.glowbookPhotoStores.S3 ?? null;
}

/** Where new photos go: the S3-compatible store when configured, PostgreSQL otherwise. */
export function photoStoreForNewPhotos(): PhotoStore {
  return s3Store() ?? storeFor("POSTGRES");
}

/** The store that holds a photo (each photo records its own, so switching stores keeps old photos readable). */
export function storeFor(kind: PhotoStorageKind): PhotoStore {
  stores.glowbookPhotoStores ??= {};
  if (kind === "POSTGRES") return (stores.glowbookPhotoStores.POSTGRES ??= createPostgresPhotoStore());
  const store = s3Store();
  if (!store) throw new AppError("INTERNAL", "This photo is kept in object storage, which is not configured.");
  return store;
}
