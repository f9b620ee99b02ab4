import type { z } from "zod";
import type { FieldErrors } from "@/lib/errors/app-error";
import { zodFieldErrors } from "@/lib/errors/to-action-result";
import { findOutOfBoundsInput } from "@/lib/validation/input-bounds";
import { errorResponse } from "./respond";

/**
 * A request's query string parsed with the handler's schema, or the 400 that names each bad
 * parameter (the same error shape as every other failure).
 */
export function parseQuery<S extends z.ZodType>(
  request: Request,
  schema: S,
): { ok: true; data: z.output<S> } | { ok: false; response: Response } {
  const params = new URL(request.url).searchParams;
  const outOfBounds = findOutOfBoundsInput(params);
  const parsed = outOfBounds ? null : schema.safeParse(Object.fromEntries(params));
  if (parsed?.success) return { ok: true, data: parsed.data };
  const failure = {
    ok: false as const,
    code: "VALIDATION" as const,
    message: "Check the query parameters.",
    fieldErrors: outOfBounds ?? zodFieldErrors(parsed!.error),
  };
  return { ok: false, response: errorResponse(failure, 400) };
}

/** A JSON body parsed with the handler's schema, or the 422 with field errors. */
export async function parseBody<S extends z.ZodType>(
  request: Request,
  schema: S,
): Promise<{ ok: true; data: z.output<S> } | { ok: false; response: Response }> {
  const body = await readJsonBody(request);
  if (!body.ok) return body;
  const parsed = schema.safeParse(body.data);
  if (parsed.success) return { ok: true, data: parsed.data };
  return { ok: false, response: invalidBody(zodFieldErrors(parsed.error)) };
}

/**
 * A JSON body ({} when there is none or it is not JSON), or the 422 when it is outside the input
 * bounds (lib/validation/input-bounds.ts). The front door (scripts/lib/front-door.ts) has already
 * refused a body over the size limit with 413, so reading it whole is bounded.
 */
export async function readJsonBody(request: Request): Promise<{ ok: true; data: unknown } | { ok: false; response: Response }> {
  const body: unknown = (await request.json().catch(() => null)) ?? {};
  const outOfBounds = findOutOfBoundsInput(body);
  return outOfBounds ? { ok: false, response: invalidBody(outOfBounds) } : { ok: true, data: body };
}

function invalidBody(fieldErrors: FieldErrors): Response {
  return errorResponse({ ok: false, code: "VALIDATION", message: "Check the highlighted fields.", fieldErrors });
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
