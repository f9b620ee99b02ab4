import { parseQuery } from "@/lib/api/request";
import { respondToError } from "@/lib/api/respond";
import { requireActor } from "@/lib/auth/actor";
import { clientsQuerySchema, type clientsResponseSchema } from "@/lib/clients/schema";
import { searchClients } from "@/lib/clients/search";
import type { z } from "zod";

export const dynamic = "force-dynamic";

/** GET /api/v1/clients?q=&cursor= — the client directory's search (front desk and admins). */
export async function GET(request: Request): Promise<Response> {
  try {
    const actor = await requireActor("clients:manage");
    const query = parseQuery(request, clientsQuerySchema);
    if (!query.ok) return query.response;
    const page = await searchClients(actor, query.data);
    const body: z.output<typeof clientsResponseSchema> = {
      clients: page.items.map((client) => ({
        ...client,
        lastVisitAt: client.lastVisitAt?.toISOString() ?? null,
        nextVisitAt: client.nextVisitAt?.toISOString() ?? null,
      })),
      nextCursor: page.nextCursor,
    };
    return Response.json(body, { headers: { "Cache-Control": "private, no-store" } });
  } catch (error) {
    return respondToError(error);
  }
}
