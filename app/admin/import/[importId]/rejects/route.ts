import { Readable } from "node:stream";
import { respondToError } from "@/lib/api/respond";
import { requireActor } from "@/lib/auth/actor";
import { rejectsCsv } from "@/lib/transfer/queries";

export const runtime = "nodejs";

/** GET /admin/import/:id/rejects — the rejected rows with a Reason column, as CSV (streamed). Admins only. */
export async function GET(_request: Request, { params }: { params: Promise<{ importId: string }> }): Promise<Response> {
  try {
    const actor = await requireActor("admin:import-data");
    const { importId } = await params;
    const { fileName, stream } = await rejectsCsv(actor, importId);
    return new Response(Readable.toWeb(stream) as ReadableStream, {
      headers: {
        "Content-Type": "text/csv; charset=utf-8",
        "Content-Disposition": `attachment; filename="${fileName.replace(/[^\w.-]+/g, "_")}"`,
        "Cache-Control": "no-store",
      },
    });
  } catch (error) {
    return respondToError(error);
  }
}
