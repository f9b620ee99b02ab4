import { respondToError } from "@/lib/api/respond";
import { requireActor } from "@/lib/auth/actor";
import { AppError } from "@/lib/errors/app-error";
import { getOwnPlan } from "@/lib/homecare/client-queries";
import { renderHomecarePdf } from "@/lib/homecare/pdf";
import { homecarePdfFilename } from "@/lib/homecare/pdf-file";

/**
 * GET /api/v1/homecare/<planId>.pdf — the client's own published plan as a PDF. The plan is read
 * through getOwnPlan (scoped to the client, published only, audited), so another client's plan
 * or a draft is a 404; signed out is a 401 and staff a 403.
 */
export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }): Promise<Response> {
  try {
    const { file } = await params;
    const id = file.endsWith(".pdf") ? file.slice(0, -4) : null;
    if (!id) throw new AppError("NOT_FOUND", "That homecare plan was not found.");
    const actor = await requireActor("homecare:view-own");
    const plan = await getOwnPlan(actor, id);
    const pdf = await renderHomecarePdf({
      plan: plan.content,
      clientName: actor.name,
      serviceName: plan.serviceName,
      staffName: plan.staffName,
      visitStartsAt: plan.visitStartsAt,
      timeZone: plan.timeZone,
      spa: plan.spa,
    });
    return new Response(new Uint8Array(pdf), {
      headers: {
        "Content-Type": "application/pdf",
        "Content-Length": String(pdf.length),
        "Content-Disposition": `attachment; filename="${homecarePdfFilename(plan.content)}"`,
        "Cache-Control": "private, no-store",
      },
    });
  } catch (error) {
    return respondToError(error);
  }
}
