import { ListObjectsV2Command, S3Client } from "@aws-sdk/client-s3";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { db } from "@/lib/db/client";
import { addPhoto, deletePhoto } from "@/lib/photos/commands";
import { openPhotoFile, PRESIGNED_SECONDS } from "@/lib/photos/files";
import { forgetPhotoStores, storeFor } from "@/lib/photos/storage";
import { createS3PhotoStore } from "@/lib/photos/storage/s3-store";
import { phoneJpeg } from "../support/photo-files";
import { photoScenario, readStoredObject } from "../support/photos";
import { startS3Server } from "../support/s3-server";
import { waitFor } from "../support/wait-for";

// This file's s3rver port, inside the photo tests' range (3351–3359).
const PORT = 3351;
const BUCKET = "glowbook-photos-test";

let s3: Awaited<ReturnType<typeof startS3Server>>;
const saved: Record<string, string | undefined> = {};

beforeAll(async () => {
  s3 = await startS3Server(PORT, BUCKET);
  for (const [name, value] of Object.entries(s3.env)) {
    saved[name] = process.env[name];
    process.env[name] = value;
  }
  forgetPhotoStores();
});

afterAll(async () => {
  for (const [name, value] of Object.entries(saved)) {
    if (value === undefined) delete process.env[name];
    else process.env[name] = value;
  }
  forgetPhotoStores();
  await s3?.stop();
});

const settings = () => ({
  endpoint: s3.url,
  bucket: BUCKET,
  region: "us-east-1",
  forcePathStyle: true,
  credentials: { accessKeyId: "S3RVER", secretAccessKey: "S3RVER" },
});

describe("the S3-compatible photo store", () => {
  test("puts, reads, presigns and removes an object", async () => {
    const store = createS3PhotoStore(settings());
    const body = Buffer.from("not really a photo, but bytes all the same");
    await store.put(db, { key: "photos/test/object.webp", body, contentType: "image/webp" });
    expect(await readStoredObject(store, "photos/test/object.webp")).toEqual(body);

    const url = (await store.presignedUrl("photos/test/object.webp", { expiresInSeconds: 60, downloadName: "x.webp" }))!;
    expect(url).toMatch(/X-Amz-Expires=60/);
    const signed = await fetch(url);
    expect(signed.status).toBe(200);
    expect(Buffer.from(await signed.arrayBuffer())).toEqual(body);
    expect(signed.headers.get("content-disposition")).toBe('attachment; filename="x.webp"');
    expect(signed.headers.get("cache-control")).toBe("private, no-store");
    // A SigV4 query signature for this one object (s3rver checks its expiry, not its hash; real
    // S3 checks both, and the bucket's objects are private because they are written without an ACL).
    expect(new URL(url).searchParams.get("X-Amz-Algorithm")).toBe("AWS4-HMAC-SHA256");
    expect(new URL(url).searchParams.get("X-Amz-Signature")).toMatch(/^[0-9a-f]{64}$/);

    await store.remove(db, ["photos/test/object.webp"]);
    expect(await store.open(db, "photos/test/object.webp")).toBeNull();
  });

  test("a presigned URL stops working when it expires", async () => {
    const store = createS3PhotoStore(settings());
    await store.put(db, { key: "photos/test/short.webp", body: Buffer.from("x"), contentType: "image/webp" });
    const url = (await store.presignedUrl("photos/test/short.webp", { expiresInSeconds: 1 }))!;
    expect((await fetch(url)).status).toBe(200);
    await waitFor(async () => (await fetch(url)).status, {
      description: "the presigned URL to expire",
      until: (status) => status === 403,
      timeoutMs: 5_000,
    });
  });

  test("with S3 configured, a photo's variants go to the bucket and are served by a short-lived URL", async () => {
    const s = await photoScenario();
    const { id } = await addPhoto(s.esthetician, s.fields(), await phoneJpeg());
    const photo = await db.clinicalPhoto.findUniqueOrThrow({ where: { id } });
    expect(photo.storage).toBe("S3");
    expect(await db.photoObject.count({ where: { key: { startsWith: `photos/${id}/` } } })).toBe(0);
    const stored = await readStoredObject(storeFor("S3"), photo.displayKey);
    expect(stored?.length).toBeGreaterThan(0);

    const file = await openPhotoFile(s.esthetician, { photoId: id, variant: "thumb", purpose: "view" });
    if (file.kind !== "redirect") throw new Error("an object store hands out presigned URLs");
    expect(file.url).toContain(`X-Amz-Expires=${PRESIGNED_SECONDS}`);
    const response = await fetch(file.url);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("image/webp");
    expect(await db.auditEvent.count({ where: { entityId: id, action: "photo.view" } })).toBe(1);

    await deletePhoto(s.esthetician, { photoId: id });
    expect(await storeFor("S3").open(db, photo.displayKey)).toBeNull();
  });

  test("objects put for a photo whose transaction fails are removed again", async () => {
    const s = await photoScenario();
    const jpeg = await phoneJpeg({ seed: 5 });
    const first = await addPhoto(s.esthetician, s.fields(), jpeg);
    const keysBefore = await listKeys();
    await expect(addPhoto(s.esthetician, s.fields({ phase: "AFTER" }), jpeg)).rejects.toMatchObject({ code: "CONFLICT" });
    expect(await listKeys()).toEqual(keysBefore);
    expect(keysBefore.filter((key) => key.startsWith(`photos/${first.id}/`))).toHaveLength(2);
  });
});

async function listKeys(): Promise<string[]> {
  const client = new S3Client({ endpoint: s3.url, region: "us-east-1", forcePathStyle: true, credentials: settings().credentials });
  const listed = await client.send(new ListObjectsV2Command({ Bucket: BUCKET }));
  return (listed.Contents ?? []).map((object) => object.Key!).sort();
}
