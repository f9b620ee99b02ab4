import "server-only";
import { createHash } from "node:crypto";
import sharp, { type Metadata } from "sharp";
import { AppError } from "@/lib/errors/app-error";
import { MAX_UPLOAD_BYTES, PHOTO_VARIANTS } from "./angles";

/** One stored rendition of a photo: re-encoded from the pixels alone, so it carries no metadata. */
export interface ProcessedVariant {
  variant: "thumb" | "display" | "original";
  body: Buffer;
  contentType: string;
  width: number;
  height: number;
}

export interface ProcessedPhoto {
  /** sha256 (hex) of the uploaded bytes. */
  contentHash: string;
  /** Size of the upright image. */
  width: number;
  height: number;
  variants: ProcessedVariant[];
}

// 120 megapixels: far beyond any phone or tablet camera, and a bound on the memory a hostile
// "decompression bomb" can make a decode take.
const MAX_INPUT_PIXELS = 120_000_000;
const READABLE = new Set(["jpeg", "png", "webp", "avif", "tiff"]);

export const HEIC_MESSAGE =
  "This is a HEIC photo (the iPhone's default), which Glowbook cannot read. Set the camera to Most Compatible (Settings › Camera › Formats), or export the photo as JPEG, and upload it again.";
const NOT_AN_IMAGE = "That file is not a photo Glowbook can read. Upload a JPEG, PNG, WebP or AVIF image.";
const CORRUPT = "That photo is damaged or incomplete and cannot be read. Take or export it again.";
export const TOO_LARGE_MESSAGE = `That file is larger than ${MAX_UPLOAD_BYTES / 1024 / 1024} MB. Upload a smaller photo.`;

/** ISO-BMFF brands of HEIF images coded with HEVC (what iPhones save); AVIF is HEIF with AV1. */
const HEVC_BRANDS = new Set(["heic", "heix", "hevc", "hevx", "heim", "heis"]);

export function isHeic(bytes: Uint8Array): boolean {
  if (bytes.length < 12 || String.fromCharCode(...bytes.subarray(4, 8)) !== "ftyp") return false;
  const brand = String.fromCharCode(...bytes.subarray(8, 12));
  return HEVC_BRANDS.has(brand) || (brand === "mif1" && !String.fromCharCode(...bytes.subarray(12, 40)).includes("avif"));
}

const options = { failOn: "error", limitInputPixels: MAX_INPUT_PIXELS } as const;

async function readHeader(input: Buffer): Promise<Metadata> {
  try {
    return await sharp(input, options).metadata();
  } catch {
    throw new AppError("VALIDATION", NOT_AN_IMAGE);
  }
}

async function render(input: Buffer, variant: ProcessedVariant["variant"]): Promise<ProcessedVariant> {
  // rotate() with no angle applies the EXIF orientation; nothing below asks sharp to keep
  // metadata (no withMetadata/keepExif/keepIccProfile), so EXIF, GPS, XMP, IPTC and ICC are all
  // dropped and the pixels are converted to sRGB.
  const pipeline = sharp(input, options).rotate();
  if (variant !== "original") {
    const max = PHOTO_VARIANTS[variant];
    pipeline.resize({ width: max, height: max, fit: "inside", withoutEnlargement: true });
  }
  const encoded =
    variant === "original"
      ? pipeline.jpeg({ quality: 92, chromaSubsampling: "4:4:4" })
      : pipeline.webp({ quality: variant === "thumb" ? 72 : 82, effort: 2 });
  const { data, info } = await encoded.toBuffer({ resolveWithObject: true });
  return { variant, body: data, contentType: variant === "original" ? "image/jpeg" : "image/webp", width: info.width, height: info.height };
}

/**
 * Checks and re-encodes an uploaded photo: upright, without any metadata, as a ~320 px thumbnail
 * and a ~1600 px display image (WebP), plus the full-size image when the spa keeps originals.
 * Anything that is not a readable image — too large, empty, HEIC, corrupt — is a VALIDATION error
 * and nothing comes back to store.
 */
export async function processPhoto(input: Buffer, { keepOriginal }: { keepOriginal: boolean }): Promise<ProcessedPhoto> {
  if (input.length === 0) throw new AppError("VALIDATION", "That file is empty. Choose a photo to upload.");
  if (input.length > MAX_UPLOAD_BYTES) throw new AppError("VALIDATION", TOO_LARGE_MESSAGE);
  if (isHeic(input)) throw new AppError("VALIDATION", HEIC_MESSAGE);
  const header = await readHeader(input);
  const isAvif = header.format === "heif" && header.compression === "av1";
  if (!isAvif && !READABLE.has(header.format ?? "")) {
    throw new AppError("VALIDATION", header.format === "heif" ? HEIC_MESSAGE : NOT_AN_IMAGE);
  }
  const wanted: ProcessedVariant["variant"][] = keepOriginal ? ["thumb", "display", "original"] : ["thumb", "display"];
  let variants: ProcessedVariant[];
  try {
    variants = await Promise.all(wanted.map((variant) => render(input, variant)));
  } catch {
    throw new AppError("VALIDATION", CORRUPT);
  }
  const upright = header.autoOrient ?? { width: header.width ?? 0, height: header.height ?? 0 };
  return {
    contentHash: createHash("sha256").update(input).digest("hex"),
    width: upright.width,
    height: upright.height,
    variants,
  };
}
