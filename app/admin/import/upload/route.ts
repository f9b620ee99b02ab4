import { parseSingleFileUpload, UploadTooLargeError } from "@/lib/api/multipart-upload";
import { isSameOrigin } from "@/lib/api/request";
import { respondToError } from "@/lib/api/respond";
import { requireActor } from "@/lib/auth/actor";
import { AppError, isAppError } from "@/lib/errors/app-error";
import { createImport, MAX_IMPORT_BYTES, TOO_LARGE_MESSAGE } from "@/lib/transfer/commands";
import { importKindSchema } from "@/lib/transfer/schema";

export const runtime = "nodejs";

/**
 * POST /admin/import/upload — the import page's form (multipart: `kind` CLIENTS or VISITS, and
 * `file`). Answers 303 to the import's page (the same one for a file uploaded before), or back to
 * /admin/import with the reason, so the form works without JavaScript. Admins only.
 */
export async function POST(request: Request): Promise<Response> {
  const back = (message: string, status = 303) =>
    new Response(null, { status, headers: { Location: `/admin/import?${new URLSearchParams({ error: message })}` } });
  try {
    if (!isSameOrigin(request)) throw new AppError("FORBIDDEN", "That upload came from another site.");
    const actor = await requireActor("admin:import-data");
    const upload = await parseSingleFileUpload(request, { maxBytes: MAX_IMPORT_BYTES, noun: "file", tooLargeMessage: TOO_LARGE_MESSAGE });
    const kind = importKindSchema.safeParse(upload.fields.kind);
    if (!kind.success) return back("Choose whether the file holds clients or visits.");
    if (!upload.file) return back("Choose a CSV file to upload.");
    const created = await createImport(actor, { kind: kind.data, fileName: upload.fileName ?? "upload.csv", content: upload.file });
    const location = `/admin/import/${created.id}${created.existing ? "?again=1" : ""}`;
    return new Response(null, { status: 303, headers: { Location: location } });
  } catch (error) {
    if (error instanceof UploadTooLargeError) return back(error.userMessage);
    if (isAppError(error) && error.code === "VALIDATION") return back(error.userMessage);
    return respondToError(error);
  }
}
