import { buildOpenApiDocument } from "@/lib/openapi/document";

/** GET /api/v1/openapi.json — the API described in OpenAPI 3.1, from the handlers' own zod schemas. */
export function GET(request: Request): Response {
  const origin = process.env.NEXTAUTH_URL ?? new URL(request.url).origin;
  return Response.json(buildOpenApiDocument(origin), { headers: { "Cache-Control": "public, max-age=300" } });
}
