import { parseQuery } from "@/lib/api/request";
import { respondToError } from "@/lib/api/respond";
import { findAvailability } from "@/lib/booking/availability";
import { availabilityQuerySchema } from "@/lib/booking/schema";

/** GET /api/v1/availability?service=<slug|id>&from=<date>&to=<date>[&staff=<id>] — public. */
export async function GET(request: Request): Promise<Response> {
  const query = parseQuery(request, availabilityQuerySchema);
  if (!query.ok) return query.response;
  try {
    const { timeZone, slots } = await findAvailability(query.data, new Date());
    return Response.json(
      { timeZone, slots: slots.map(({ start, end, staffIds }) => ({ start, end, staffIds })) },
      { headers: { "Cache-Control": "no-store" } },
    );
  } catch (error) {
    return respondToError(error);
  }
}
