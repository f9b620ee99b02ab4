import type { z } from "zod";
import { zodFieldErrors } from "@/lib/errors/to-action-result";
import { errorResponse } from "./respond";

/**
 * A request's query string parsed with the handler's schema, or the 400 that names each bad
 * parameter (the same error shape as every other failure).
 */
export function parseQuery<S extends z.ZodType>(
  request: Request,
  schema: S,
): { ok: true; data: z.output<S> } | { ok: false; response: Response } {
  const parsed = schema.safeParse(Object.fromEntries(new URL(request.url).searchParams));
  if (parsed.success) return { ok: true, data: parsed.data };
  const failure = {
    ok: false as const,
    code: "VALIDATION" as const,
    message: "Check the query parameters.",
    fieldErrors: zodFieldErrors(parsed.error),
  };
  return { ok: false, response: errorResponse(failure, 400) };
}

/** A JSON body parsed with the handler's schema, or the 422 with field errors. */
export async function parseBody<S extends z.ZodType>(
  request: Request,
  schema: S,
): Promise<{ ok: true; data: z.output<S> } | { ok: false; response: Response }> {
  const body: unknown = await request.json().catch(() => null);
  const parsed = schema.safeParse(body ?? {});
  if (parsed.success) return { ok: true, data: parsed.data };
  return {
    ok: false,
    response: errorResponse({
      ok: false,
      code: "VALIDATION",
      message: "Check the highlighted fields.",
      fieldErrors: zodFieldErrors(parsed.error),
    }),
  };
}

/** A browser sends Origin on every POST; one from another site is refused (cookies are SameSite=Lax too). */
export function isSameOrigin(request: Request): boolean {
  const origin = request.headers.get("origin");
  if (!origin) return true;
  try {
    return new URL(origin).host === (request.headers.get("x-forwarded-host") ?? request.headers.get("host"));
  } catch {
    return false;
  }
}
