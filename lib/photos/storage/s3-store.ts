import "server-only";
import { DeleteObjectsCommand, GetObjectCommand, PutObjectCommand, S3Client, type GetObjectCommandOutput } from "@aws-sdk/client-s3";
import { getSignedUrl } from "@aws-sdk/s3-request-presigner";
import type { PhotoStore, StoredObject } from "./types";

export interface S3Settings {
  endpoint: string;
  bucket: string;
  region: string;
  forcePathStyle: boolean;
  credentials?: { accessKeyId: string; secretAccessKey: string };
}

// Objects are written without an ACL (private, as the bucket's default must be) and read only
// through URLs signed for one object and a minute or so.
const NO_STORE = "private, no-store";

function isNotFound(error: unknown): boolean {
  const name = (error as { name?: string } | null)?.name;
  return name === "NoSuchKey" || name === "NotFound";
}

export function createS3PhotoStore(settings: S3Settings): PhotoStore {
  const client = new S3Client({
    endpoint: settings.endpoint,
    region: settings.region,
    forcePathStyle: settings.forcePathStyle,
    ...(settings.credentials ? { credentials: settings.credentials } : {}),
  });
  const Bucket = settings.bucket;
  return {
    kind: "S3",
    async put(_db, { key, body, contentType }) {
      await client.send(new PutObjectCommand({ Bucket, Key: key, Body: body, ContentType: contentType, CacheControl: NO_STORE }));
    },
    async open(_db, key): Promise<StoredObject | null> {
      let output: GetObjectCommandOutput;
      try {
        output = await client.send(new GetObjectCommand({ Bucket, Key: key }));
      } catch (error) {
        if (isNotFound(error)) return null;
        throw error;
      }
      if (!output.Body) return null;
      return {
        body: output.Body.transformToWebStream() as ReadableStream<Uint8Array>,
        byteSize: output.ContentLength ?? 0,
        contentType: output.ContentType ?? "application/octet-stream",
      };
    },
    async remove(_db, keys) {
      if (keys.length === 0) return;
      await client.send(new DeleteObjectsCommand({ Bucket, Delete: { Objects: keys.map((Key) => ({ Key })), Quiet: true } }));
    },
    async presignedUrl(key, { expiresInSeconds, downloadName }) {
      const command = new GetObjectCommand({
        Bucket,
        Key: key,
        ResponseCacheControl: NO_STORE,
        ...(downloadName ? { ResponseContentDisposition: `attachment; filename="${downloadName}"` } : {}),
      });
      return getSignedUrl(client, command, { expiresIn: expiresInSeconds });
    },
  };
}
