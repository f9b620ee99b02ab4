import exifReader from "exif-reader";
import sharp from "sharp";
import { describe, expect, test } from "vitest";
import { heicHeader, phoneJpeg } from "@/tests/support/photo-files";
import { MAX_UPLOAD_BYTES } from "./angles";
import { HEIC_MESSAGE, isHeic, processPhoto, TOO_LARGE_MESSAGE } from "./process";

describe("processPhoto", () => {
  test("the test photo really carries GPS, camera and orientation metadata", async () => {
    const meta = await sharp(await phoneJpeg()).metadata();
    const exif = exifReader(meta.exif!);
    expect(exif.GPSInfo?.GPSLatitude).toEqual([40, 44, 30]);
    expect(exif.Image?.Make).toBe("Glowbook Test Phone");
    expect(meta.orientation).toBe(6);
  });

  test("every variant comes back upright, resized, and with no metadata at all", async () => {
    const input = await phoneJpeg({ width: 2000, height: 1500 });
    const photo = await processPhoto(input, { keepOriginal: true });
    expect(photo).toMatchObject({ width: 1500, height: 2000 });
    expect(photo.contentHash).toMatch(/^[0-9a-f]{64}$/);
    expect(photo.variants.map((v) => [v.variant, v.contentType, v.width, v.height])).toEqual([
      ["thumb", "image/webp", 240, 320],
      ["display", "image/webp", 1200, 1600],
      ["original", "image/jpeg", 1500, 2000],
    ]);
    for (const variant of photo.variants) {
      const meta = await sharp(variant.body).metadata();
      expect(meta, variant.variant).toMatchObject({ width: variant.width, height: variant.height });
      expect([meta.exif, meta.xmp, meta.iptc, meta.icc, meta.orientation], variant.variant).toEqual([
        undefined,
        undefined,
        undefined,
        undefined,
        undefined,
      ]);
      expect(variant.body.includes("Glowbook Test Phone"), variant.variant).toBe(false);
      expect(variant.body.includes("Exif\0\0"), variant.variant).toBe(false);
    }
  });

  test("without keeping originals, only the thumbnail and display size", async () => {
    const photo = await processPhoto(await phoneJpeg(), { keepOriginal: false });
    expect(photo.variants.map((v) => v.variant)).toEqual(["thumb", "display"]);
  });

  test("a small image is never enlarged", async () => {
    const photo = await processPhoto(await phoneJpeg({ width: 200, height: 100 }), { keepOriginal: false });
    expect(photo.variants.map((v) => [v.width, v.height])).toEqual([
      [100, 200],
      [100, 200],
    ]);
  });

  test.each([
    {
      name: "PNG",
      make: () =>
        sharp({ create: { width: 50, height: 40, channels: 4, background: "#c0a080" } })
          .png()
          .toBuffer(),
    },
    {
      name: "WebP",
      make: () =>
        sharp({ create: { width: 50, height: 40, channels: 3, background: "#c0a080" } })
          .webp()
          .toBuffer(),
    },
    {
      name: "AVIF",
      make: () =>
        sharp({ create: { width: 50, height: 40, channels: 3, background: "#c0a080" } })
          .avif()
          .toBuffer(),
    },
  ])("reads $name", async ({ make }) => {
    const photo = await processPhoto(await make(), { keepOriginal: false });
    expect([photo.width, photo.height]).toEqual([50, 40]);
  });

  test.each([
    { name: "an empty file", make: async () => Buffer.alloc(0), message: /empty/ },
    {
      name: "text",
      make: async () => Buffer.from("these are not the pixels you are looking for"),
      message: /not a photo Glowbook can read/,
    },
    { name: "a PDF", make: async () => Buffer.from("%PDF-1.7\n1 0 obj\n<<>>\nendobj\n"), message: /not a photo Glowbook can read/ },
    { name: "a HEIC photo", make: async () => heicHeader(), message: HEIC_MESSAGE },
    {
      name: "a truncated JPEG",
      make: async () => (await phoneJpeg({ width: 800, height: 600 })).subarray(0, 4000),
      message: /damaged or incomplete/,
    },
    { name: "a file over 25 MB", make: async () => Buffer.alloc(MAX_UPLOAD_BYTES + 1, 0xff), message: TOO_LARGE_MESSAGE },
  ])("refuses $name with a clear message", async ({ make, message }) => {
    await expect(processPhoto(await make(), { keepOriginal: true })).rejects.toMatchObject({
      code: "VALIDATION",
      userMessage: typeof message === "string" ? message : expect.stringMatching(message),
    });
  });

  test.each([
    { brand: "heic", heic: true },
    { brand: "heix", heic: true },
    { brand: "avif", heic: false },
  ])("isHeic: $brand → $heic", ({ brand, heic }) => {
    const box = heicHeader();
    box.write(brand, 8, "latin1");
    expect(isHeic(box)).toBe(heic);
  });
});
