import { parseQuery } from "@/lib/api/request";
import { respondToError } from "@/lib/api/respond";
import { findAvailabilityJson } from "@/lib/booking/availability";
import { availabilityQuerySchema } from "@/lib/booking/schema";
import { matchesEtag } from "@/lib/api/etag";

/**
 * GET /api/v1/availability?service=<slug|id>&from=<date>&to=<date>[&staff=<id>] — public.
 * Answers carry an ETag; a request with If-None-Match naming the current one gets 304 and no body.
 * `no-cache` lets a client or proxy keep the answer but makes it revalidate every time, since any
 * booking may change it.
 */
export async function GET(request: Request): Promise<Response> {
  const query = parseQuery(request, availabilityQuerySchema);
  if (!query.ok) return query.response;
  try {
    const { json, etag } = await findAvailabilityJson(query.data, new Date());
    const headers = { "Cache-Control": "private, no-cache", ETag: etag };
    if (matchesEtag(request.headers.get("if-none-match"), etag)) return new Response(null, { status: 304, headers });
    return new Response(json, { headers: { ...headers, "Content-Type": "application/json" } });
  } catch (error) {
    return respondToError(error);
  }
}
