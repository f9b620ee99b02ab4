import type { PhotoFile } from "./files";

// Clinical images are never cached, by the browser or anything between.
const NO_STORE = "private, no-store";

/** The HTTP answer for an authorised, audited photo file: its bytes, or a redirect to a presigned URL. */
export function photoFileResponse(file: PhotoFile, download: boolean): Response {
  if (file.kind === "redirect") {
    return new Response(null, {
      status: 307,
      headers: { Location: file.url, "Cache-Control": NO_STORE, "Referrer-Policy": "no-referrer" },
    });
  }
  return new Response(file.object.body, {
    headers: {
      "Content-Type": file.object.contentType,
      "Content-Length": String(file.object.byteSize),
      "Content-Disposition": `${download ? "attachment" : "inline"}; filename="${file.filename}"`,
      "Cache-Control": NO_STORE,
    },
  });
}
