import { respondToError } from "@/lib/api/respond";
import { requireSpaLocation } from "@/lib/location/queries";
import { requireActor } from "@/lib/auth/actor";
import { AppError } from "@/lib/errors/app-error";
import { reportFileName, toReportCsv } from "@/lib/reports/csv";
import { getReport } from "@/lib/reports/queries";
import { reportPeriodSchema } from "@/lib/reports/schema";

/** GET /admin/reports/export?from=YYYY-MM-DD&to=YYYY-MM-DD — the report as CSV, for admins only. */
export async function GET(request: Request): Promise<Response> {
  try {
    const actor = await requireActor("admin:view-reports");
    const params = new URL(request.url).searchParams;
    const parsed = reportPeriodSchema.safeParse({ from: params.get("from") ?? undefined, to: params.get("to") ?? undefined });
    if (!parsed.success) throw new AppError("VALIDATION", parsed.error.issues[0]?.message ?? "Choose a valid period.");
    const location = await requireSpaLocation();
    const report = await getReport(actor, parsed.data, { locationId: location.id });
    return new Response(toReportCsv(report), {
      headers: {
        "Content-Type": "text/csv; charset=utf-8",
        "Content-Disposition": `attachment; filename="${reportFileName(report)}"`,
        "Cache-Control": "private, no-store",
      },
    });
  } catch (error) {
    return respondToError(error);
  }
}
