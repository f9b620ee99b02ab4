import { parseQuery } from "@/lib/api/request";
import { respondToError } from "@/lib/api/respond";
import { requireSpaLocation } from "@/lib/location/queries";
import { requireActor } from "@/lib/auth/actor";
import { reportFileName, toReportCsv } from "@/lib/reports/csv";
import { getReport } from "@/lib/reports/queries";
import { reportPeriodSchema } from "@/lib/reports/schema";

/** GET /admin/reports/export?from=YYYY-MM-DD&to=YYYY-MM-DD — the report as CSV, for admins only. */
export async function GET(request: Request): Promise<Response> {
  try {
    const actor = await requireActor("admin:view-reports");
    const parsed = parseQuery(request, reportPeriodSchema);
    if (!parsed.ok) return parsed.response;
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
