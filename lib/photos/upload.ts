import "server-only";
import { Readable } from "node:stream";
import type { ReadableStream as NodeWebStream } from "node:stream/web";
import busboy from "busboy";
import { AppError } from "@/lib/errors/app-error";
import { MAX_UPLOAD_BYTES } from "./angles";
import { TOO_LARGE_MESSAGE } from "./process";

export interface ParsedUpload {
  fields: Record<string, string>;
  file: Buffer | null;
}

/** Refused as 413 by the route: the body is larger than a photo may be. */
export class UploadTooLargeError extends AppError {
  constructor() {
    super("VALIDATION", TOO_LARGE_MESSAGE);
  }
}

// Room for the form fields and multipart boundaries around the largest photo.
const ENVELOPE_BYTES = 64 * 1024;

/**
 * Reads a multipart/form-data upload of one photo ("file") and a few short fields, counting bytes
 * as they arrive: a declared or actual size over the limit stops the read there, so an oversized
 * body is never buffered whole. Photo bytes never pass through a server action's JSON.
 */
export async function parsePhotoUpload(request: Request): Promise<ParsedUpload> {
  const contentType = request.headers.get("content-type") ?? "";
  if (!contentType.toLowerCase().startsWith("multipart/form-data")) {
    throw new AppError("VALIDATION", "Send the photo as a multipart/form-data upload.");
  }
  const declared = Number(request.headers.get("content-length") ?? "NaN");
  if (Number.isFinite(declared) && declared > MAX_UPLOAD_BYTES + ENVELOPE_BYTES) throw new UploadTooLargeError();
  if (!request.body) throw new AppError("VALIDATION", "Choose a photo to upload.");

  return new Promise<ParsedUpload>((resolve, reject) => {
    const fields: Record<string, string> = {};
    const chunks: Buffer[] = [];
    let sawFile = false;
    let failed = false;
    let parser: busboy.Busboy;
    try {
      parser = busboy({
        headers: { "content-type": contentType },
        limits: { files: 1, fileSize: MAX_UPLOAD_BYTES, fields: 8, fieldSize: 200, parts: 10 },
      });
    } catch {
      return reject(new AppError("VALIDATION", "That upload could not be read."));
    }
    const source = Readable.fromWeb(request.body as unknown as NodeWebStream<Uint8Array>);
    const fail = (error: AppError) => {
      if (failed) return;
      failed = true;
      source.unpipe(parser);
      source.destroy();
      reject(error);
    };
    parser.on("field", (name, value, info) => {
      if (info.valueTruncated) return fail(new AppError("VALIDATION", `The field ${name.slice(0, 40)} is too long.`));
      fields[name] = value;
    });
    parser.on("file", (name, stream) => {
      if (name !== "file" || sawFile) {
        stream.resume();
        return;
      }
      sawFile = true;
      stream.on("data", (chunk: Buffer) => chunks.push(chunk));
      stream.on("limit", () => fail(new UploadTooLargeError()));
    });
    parser.on("filesLimit", () => fail(new AppError("VALIDATION", "Upload one photo at a time.")));
    parser.on("partsLimit", () => fail(new AppError("VALIDATION", "That upload has too many parts.")));
    parser.on("error", () => fail(new AppError("VALIDATION", "That upload could not be read.")));
    parser.on("close", () => {
      if (!failed) resolve({ fields, file: sawFile ? Buffer.concat(chunks) : null });
    });
    source.on("error", () => fail(new AppError("VALIDATION", "The upload was interrupted.")));
    source.pipe(parser);
  });
}
