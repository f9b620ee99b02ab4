import { respondToError } from "@/lib/api/respond";
import { requireActor } from "@/lib/auth/actor";
import { AppError } from "@/lib/errors/app-error";
import { startDataExport } from "@/lib/privacy/export";
import { EXPORT_FORMATS, type ExportFormat } from "@/lib/privacy/schema";

/**
 * GET /api/v1/account/export/json and /pdf — the signed-in client's own data (lib/privacy/export.ts),
 * streamed as an attachment. Signed out is a 401, staff a 403, an unknown format a 404, more than
 * the hourly limit a 429. Never cached.
 */
export async function GET(_request: Request, { params }: { params: Promise<{ format: string }> }): Promise<Response> {
  try {
    const { format } = await params;
    if (!(EXPORT_FORMATS as readonly string[]).includes(format)) throw new AppError("NOT_FOUND", "There is no export in that format.");
    const actor = await requireActor("privacy:export-own");
    const data = await startDataExport(actor, format as ExportFormat);
    return new Response(data.body, {
      headers: {
        "Content-Type": data.contentType,
        "Content-Disposition": `attachment; filename="${data.filename}"`,
        "Cache-Control": "private, no-store",
        "X-Content-Type-Options": "nosniff",
      },
    });
  } catch (error) {
    return respondToError(error);
  }
}
