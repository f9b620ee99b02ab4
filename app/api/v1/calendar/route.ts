import { parseQuery } from "@/lib/api/request";
import { respondToError } from "@/lib/api/respond";
import { requireActor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/policy";
import { calendarQuerySchema, type calendarResponseSchema } from "@/lib/booking/api-schema";
import { getOwnCalendar, getSpaCalendar } from "@/lib/booking/calendar-queries";
import { AppError } from "@/lib/errors/app-error";
import type { z } from "zod";

export const dynamic = "force-dynamic";

/**
 * GET /api/v1/calendar?date=YYYY-MM-DD&view=staff|rooms — a day of the calendar (staff only): the
 * spa's for the front desk and admins, an esthetician's own column for them (no room view).
 */
export async function GET(request: Request): Promise<Response> {
  try {
    const actor = await requireActor("calendar:subscribe");
    const query = parseQuery(request, calendarQuerySchema);
    if (!query.ok) return query.response;
    const { date, view } = query.data;
    let grid;
    if (can(actor, "calendar:view-spa")) grid = await getSpaCalendar(actor, { view, date });
    else if (view === "rooms") throw new AppError("FORBIDDEN", "The room view is for the front desk and admins.");
    else grid = await getOwnCalendar(actor, { view: "staff", date });
    const body: z.output<typeof calendarResponseSchema> = grid;
    return Response.json(body, { headers: { "Cache-Control": "private, no-store" } });
  } catch (error) {
    return respondToError(error);
  }
}
