import { respondToError } from "@/lib/api/respond";
import { db, pingDatabase } from "@/lib/db/client";

/**
 * GET /api/health — 200 when the app can reach its database, 503 with Retry-After when it cannot.
 * For load balancers, and for the outage page, which waits on it before reloading.
 */
export async function GET(): Promise<Response> {
  try {
    await pingDatabase(db);
    return Response.json({ status: "ok" }, { headers: { "Cache-Control": "no-store" } });
  } catch (error) {
    return respondToError(error);
  }
}
