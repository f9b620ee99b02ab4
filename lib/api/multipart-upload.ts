import "server-only";
import { Readable } from "node:stream";
import type { ReadableStream as NodeWebStream } from "node:stream/web";
import busboy from "busboy";
import { AppError } from "@/lib/errors/app-error";

export interface ParsedUpload {
  fields: Record<string, string>;
  file: Buffer | null;
  /** The name the browser gave the file (no path), or null. */
  fileName: string | null;
}

/** Refused as 413 by the route: the body is larger than the upload may be. */
export class UploadTooLargeError extends AppError {
  constructor(message: string) {
    super("VALIDATION", message);
  }
}

export type SingleFileUploadOptions = {
  /** The largest file accepted, in bytes. */
  maxBytes: number;
  /** What the file is, in messages: "photo", "file". */
  noun: string;
  /** The message of the 413. */
  tooLargeMessage: string;
  /** How many short fields may come with it. */
  maxFields?: number;
  maxFieldBytes?: number;
};

// Room for the form fields and multipart boundaries around the largest file.
const ENVELOPE_BYTES = 64 * 1024;

/**
 * Reads a multipart/form-data upload of one file ("file") and a few short fields, counting bytes
 * as they arrive: a declared or actual size over the limit stops the read there, so an oversized
 * body is never buffered whole. Files never pass through a server action's JSON.
 */
export async function parseSingleFileUpload(request: Request, options: SingleFileUploadOptions): Promise<ParsedUpload> {
  const { maxBytes, noun, tooLargeMessage } = options;
  const contentType = request.headers.get("content-type") ?? "";
  if (!contentType.toLowerCase().startsWith("multipart/form-data")) {
    throw new AppError("VALIDATION", `Send the ${noun} as a multipart/form-data upload.`);
  }
  const declared = Number(request.headers.get("content-length") ?? "NaN");
  if (Number.isFinite(declared) && declared > maxBytes + ENVELOPE_BYTES) throw new UploadTooLargeError(tooLargeMessage);
  if (!request.body) throw new AppError("VALIDATION", `Choose a ${noun} to upload.`);

  return new Promise<ParsedUpload>((resolve, reject) => {
    const fields: Record<string, string> = {};
    const chunks: Buffer[] = [];
    let fileName: string | null = null;
    let sawFile = false;
    let failed = false;
    let parser: busboy.Busboy;
    try {
      parser = busboy({
        headers: { "content-type": contentType },
        limits: { files: 1, fileSize: maxBytes, fields: options.maxFields ?? 8, fieldSize: options.maxFieldBytes ?? 200, parts: 10 },
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
    parser.on("file", (name, stream, info) => {
      if (name !== "file" || sawFile) {
        stream.resume();
        return;
      }
      sawFile = true;
      fileName = info.filename ? (info.filename.split(/[\\/]/).pop() ?? null) : null;
      stream.on("data", (chunk: Buffer) => chunks.push(chunk));
      stream.on("limit", () => fail(new UploadTooLargeError(tooLargeMessage)));
    });
    parser.on("filesLimit", () => fail(new AppError("VALIDATION", `Upload one ${noun} at a time.`)));
    parser.on("partsLimit", () => fail(new AppError("VALIDATION", "That upload has too many parts.")));
    parser.on("error", () => fail(new AppError("VALIDATION", "That upload could not be read.")));
    parser.on("close", () => {
      if (!failed) resolve({ fields, file: sawFile ? Buffer.concat(chunks) : null, fileName });
    });
    source.on("error", () => fail(new AppError("VALIDATION", "The upload was interrupted.")));
    source.pipe(parser);
  });
}
