import exifReader from "exif-reader";
import sharp from "sharp";
import { describe, expect, test } from "vitest";
import { db } from "@/lib/db/client";
import { MAX_UPLOAD_BYTES } from "@/lib/photos/angles";
import { addPhoto } from "@/lib/photos/commands";
import { openPhotoFile } from "@/lib/photos/files";
import { storeFor } from "@/lib/photos/storage";
import { CHUNK_BYTES } from "@/lib/photos/storage/postgres-store";
import { parsePhotoUpload, UploadTooLargeError } from "@/lib/photos/upload";
import { heicHeader, phoneJpeg } from "../support/photo-files";
import { photoScenario, readStoredObject, storedCounts } from "../support/photos";

describe("what is stored", () => {
  test("a JPEG with GPS comes back from every stored variant without any metadata", async () => {
    const s = await photoScenario();
    await db.photoPolicy.create({ data: { locationId: s.location.id, keepOriginals: true } });
    const input = await phoneJpeg({ width: 2400, height: 1800 });
    expect(exifReader((await sharp(input).metadata()).exif!).GPSInfo?.GPSLatitude).toEqual([40, 44, 30]);
    const { id } = await addPhoto(s.esthetician, s.fields(), input);
    const photo = await db.clinicalPhoto.findUniqueOrThrow({ where: { id } });
    expect(photo).toMatchObject({ storage: "POSTGRES", width: 1800, height: 2400 });
    const keys = [photo.thumbKey, photo.displayKey, photo.originalKey!];
    for (const key of keys) {
      const bytes = (await readStoredObject(storeFor("POSTGRES"), key))!;
      const meta = await sharp(bytes).metadata();
      expect([meta.exif, meta.xmp, meta.iptc, meta.icc, meta.orientation], key).toEqual([
        undefined,
        undefined,
        undefined,
        undefined,
        undefined,
      ]);
      expect(meta.height, key).toBeGreaterThan(meta.width!);
      expect(bytes.includes("Glowbook Test Phone"), key).toBe(false);
    }
    // The original is large enough to span several chunks, and reads back whole.
    const original = await db.photoObject.findUniqueOrThrow({ where: { key: photo.originalKey! } });
    expect(await db.photoObjectChunk.count({ where: { objectKey: original.key } })).toBe(Math.ceil(original.byteSize / CHUNK_BYTES));
    // What the route serves is the same stored, clean bytes.
    const served = await openPhotoFile(s.esthetician, { photoId: id, variant: "display", purpose: "view" });
    if (served.kind !== "stream") throw new Error("the database store streams");
    const body = Buffer.from(await new Response(served.object.body).arrayBuffer());
    expect(body.length).toBe(served.object.byteSize);
    expect((await sharp(body).metadata()).exif).toBeUndefined();
  });

  test("by default the original is not kept", async () => {
    const s = await photoScenario();
    const { id } = await addPhoto(s.esthetician, s.fields(), await phoneJpeg());
    expect(await db.clinicalPhoto.findUniqueOrThrow({ where: { id }, select: { originalKey: true } })).toEqual({ originalKey: null });
    await expect(openPhotoFile(s.esthetician, { photoId: id, variant: "original", purpose: "download" })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
  });

  test.each([
    { name: "corrupt", make: async () => (await phoneJpeg({ width: 800, height: 600 })).subarray(0, 3000) },
    { name: "not an image", make: async () => Buffer.from("hello, this is a text file") },
    { name: "HEIC", make: async () => heicHeader() },
    { name: "oversized", make: async () => Buffer.alloc(MAX_UPLOAD_BYTES + 10, 0xff) },
  ])("a $name upload is refused and stores nothing", async ({ make }) => {
    const s = await photoScenario();
    const before = await storedCounts();
    await expect(addPhoto(s.esthetician, s.fields(), await make())).rejects.toMatchObject({ code: "VALIDATION" });
    expect(await storedCounts()).toEqual(before);
  });
});

function multipart(parts: { name: string; value: string | Buffer; filename?: string }[]) {
  const boundary = "----glowbook-test-boundary";
  const chunks = parts.flatMap(({ name, value, filename }) => [
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="${name}"${filename ? `; filename="${filename}"\r\nContent-Type: image/jpeg` : ""}\r\n\r\n`,
    ),
    Buffer.isBuffer(value) ? value : Buffer.from(value),
    Buffer.from("\r\n"),
  ]);
  return { body: Buffer.concat([...chunks, Buffer.from(`--${boundary}--\r\n`)]), type: `multipart/form-data; boundary=${boundary}` };
}

/** A request whose body arrives as a stream without a declared length, like a chunked upload. */
function streamedRequest(body: Buffer, type: string, declaredLength?: number) {
  let offset = 0;
  let pulled = 0;
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (offset >= body.length) return controller.close();
      const chunk = body.subarray(offset, offset + 1024 * 1024);
      offset += chunk.length;
      pulled += chunk.length;
      controller.enqueue(new Uint8Array(chunk));
    },
  });
  const headers: Record<string, string> = { "content-type": type };
  if (declaredLength !== undefined) headers["content-length"] = String(declaredLength);
  const request = new Request("http://127.0.0.1/api/v1/photos", { method: "POST", headers, body: stream, duplex: "half" } as RequestInit);
  return { request, pulled: () => pulled };
}

describe("reading a multipart upload", () => {
  test("fields and the file", async () => {
    const jpeg = await phoneJpeg();
    const { body, type } = multipart([
      { name: "angle", value: "FRONT" },
      { name: "file", value: jpeg, filename: "a.jpg" },
    ]);
    const parsed = await parsePhotoUpload(streamedRequest(body, type).request);
    expect(parsed.fields).toEqual({ angle: "FRONT" });
    expect(parsed.file?.equals(jpeg)).toBe(true);
  });

  test("a body declared over the limit is refused without reading it", async () => {
    const { body, type } = multipart([{ name: "file", value: Buffer.alloc(MAX_UPLOAD_BYTES * 2, 1), filename: "a.jpg" }]);
    const upload = streamedRequest(body, type, body.length);
    await expect(parsePhotoUpload(upload.request)).rejects.toBeInstanceOf(UploadTooLargeError);
    // At most the one chunk the runtime may have pulled ahead when the request was made.
    expect(upload.pulled()).toBeLessThanOrEqual(1024 * 1024);
  });

  test("an undeclared oversized file stops being read at the limit", async () => {
    const { body, type } = multipart([{ name: "file", value: Buffer.alloc(MAX_UPLOAD_BYTES + 8 * 1024 * 1024, 1), filename: "big.jpg" }]);
    const upload = streamedRequest(body, type);
    await expect(parsePhotoUpload(upload.request)).rejects.toBeInstanceOf(UploadTooLargeError);
    expect(upload.pulled()).toBeLessThan(body.length);
  });

  test.each([
    {
      name: "not multipart",
      make: () => new Request("http://127.0.0.1/x", { method: "POST", headers: { "content-type": "application/json" }, body: "{}" }),
    },
    {
      name: "two files",
      make: () => {
        const { body, type } = multipart([
          { name: "file", value: Buffer.alloc(10), filename: "a.jpg" },
          { name: "file", value: Buffer.alloc(10), filename: "b.jpg" },
        ]);
        return streamedRequest(body, type).request;
      },
    },
  ])("refuses $name", async ({ make }) => {
    await expect(parsePhotoUpload(make())).rejects.toMatchObject({ code: "VALIDATION" });
  });
});
