import { Readable } from "node:stream";
import { isSameOrigin } from "@/lib/api/request";
import { respondToError } from "@/lib/api/respond";
import { requireActor } from "@/lib/auth/actor";
import { AppError, isAppError } from "@/lib/errors/app-error";
import { exportEverything } from "@/lib/transfer/export";

export const runtime = "nodejs";

/**
 * POST /admin/export/download — the export page's form (`clinical` = "on" with `password`). Streams
 * the ZIP; a wrong password or too many tries goes back to the page with the reason (303).
 */
export async function POST(request: Request): Promise<Response> {
  try {
    if (!isSameOrigin(request)) throw new AppError("FORBIDDEN", "That request came from another site.");
    const actor = await requireActor("admin:export-data");
    const form = await request.formData().catch(() => null);
    if (!form) throw new AppError("VALIDATION", "Send the export form.");
    const includeClinical = form.get("clinical") === "on";
    const password = String(form.get("password") ?? "").slice(0, 200);
    const { fileName, stream } = await exportEverything(actor, { includeClinical, password });
    return new Response(Readable.toWeb(stream) as ReadableStream, {
      headers: {
        "Content-Type": "application/zip",
        "Content-Disposition": `attachment; filename="${fileName}"`,
        "Cache-Control": "no-store",
      },
    });
  } catch (error) {
    if (isAppError(error) && (error.code === "VALIDATION" || error.code === "RATE_LIMITED")) {
      return new Response(null, {
        status: 303,
        headers: { Location: `/admin/export?${new URLSearchParams({ error: error.userMessage })}` },
      });
    }
    return respondToError(error);
  }
}
