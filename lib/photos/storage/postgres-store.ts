import "server-only";
import type { PhotoStore, StoredObject } from "./types";

/** Bytes per row: small enough that a read or write never holds a whole original in one value. */
export const CHUNK_BYTES = 256 * 1024;

/**
 * The default store: each object in photo_object, its bytes in photo_object_chunk rows, written
 * in the caller's transaction and read back one chunk per pull, so serving a photo holds one
 * chunk in memory, not the file. Backups of the database include every photo.
 */
export function createPostgresPhotoStore(): PhotoStore {
  return {
    kind: "POSTGRES",
    async put(client, { key, body, contentType }) {
      await client.photoObject.create({ data: { key, contentType, byteSize: body.length }, select: { key: true } });
      for (let seq = 0, offset = 0; offset < body.length || seq === 0; seq++, offset += CHUNK_BYTES) {
        const data = new Uint8Array(body.subarray(offset, offset + CHUNK_BYTES));
        await client.photoObjectChunk.create({ data: { objectKey: key, seq, data }, select: { seq: true } });
      }
    },
    async open(client, key): Promise<StoredObject | null> {
      const object = await client.photoObject.findUnique({ where: { key }, select: { byteSize: true, contentType: true } });
      if (!object) return null;
      const chunkCount = Math.max(1, Math.ceil(object.byteSize / CHUNK_BYTES));
      let seq = 0;
      const body = new ReadableStream<Uint8Array>({
        async pull(controller) {
          if (seq >= chunkCount) return controller.close();
          const chunk = await client.photoObjectChunk.findUnique({
            where: { objectKey_seq: { objectKey: key, seq } },
            select: { data: true },
          });
          seq += 1;
          if (!chunk) return controller.error(new Error(`photo object ${key} is missing chunk ${seq - 1}`));
          controller.enqueue(new Uint8Array(chunk.data));
        },
      });
      return { body, byteSize: object.byteSize, contentType: object.contentType };
    },
    async remove(client, keys) {
      if (keys.length > 0) await client.photoObject.deleteMany({ where: { key: { in: [...keys] } } });
    },
    async presignedUrl() {
      return null;
    },
  };
}
