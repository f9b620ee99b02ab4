import { respondToError, errorResponse } from "@/lib/api/respond";
import { findAvailability } from "@/lib/booking/availability";
import { availabilityQuerySchema } from "@/lib/booking/schema";
import { zodFieldErrors } from "@/lib/errors/to-action-result";

/** GET /api/v1/availability?service=<slug|id>&from=<date>&to=<date>[&staff=<id>] — public. */
export async function GET(request: Request): Promise<Response> {
  const params = Object.fromEntries(new URL(request.url).searchParams);
  const parsed = availabilityQuerySchema.safeParse(params);
  if (!parsed.success) {
    const failure = {
      ok: false as const,
      code: "VALIDATION" as const,
      message: "Check the query parameters.",
      fieldErrors: zodFieldErrors(parsed.error),
    };
    return errorResponse(failure, 400);
  }
  try {
    const { timeZone, slots } = await findAvailability(parsed.data, new Date());
    return Response.json(
      { timeZone, slots: slots.map(({ start, end, staffIds }) => ({ start, end, staffIds })) },
      { headers: { "Cache-Control": "no-store" } },
    );
  } catch (error) {
    return respondToError(error);
  }
}
