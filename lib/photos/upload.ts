import "server-only";
import { parseSingleFileUpload, UploadTooLargeError, type ParsedUpload } from "@/lib/api/multipart-upload";
import { MAX_UPLOAD_BYTES } from "./angles";
import { TOO_LARGE_MESSAGE } from "./process";

export { UploadTooLargeError, type ParsedUpload };

/** Reads a multipart upload of one photo ("file") and a few short fields (lib/api/multipart-upload.ts). */
export function parsePhotoUpload(request: Request): Promise<ParsedUpload> {
  return parseSingleFileUpload(request, { maxBytes: MAX_UPLOAD_BYTES, noun: "photo", tooLargeMessage: TOO_LARGE_MESSAGE });
}
