import type { ActionResult, AppErrorCode } from "@/lib/errors/app-error";
import type { ZodError } from "zod";
import { toActionResult, zodFieldErrors } from "@/lib/errors/to-action-result";
import { RETRY_AFTER_SECONDS } from "@/lib/errors/unavailable";

/** HTTP status for each error code of the JSON API. */
const STATUS: Record<AppErrorCode, number> = {
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  VALIDATION: 422,
  CONFLICT: 409,
  RATE_LIMITED: 429,
  UNAVAILABLE: 503,
  INTERNAL: 500,
};

type Failure = Extract<ActionResult<unknown>, { ok: false }>;

/** `{ error: { code, message, fieldErrors?, ...data } }` with the status that fits the code. */
export function errorResponse(failure: Failure, status = STATUS[failure.code]): Response {
  const data = failure.data && typeof failure.data === "object" ? failure.data : {};
  const body = {
    error: { code: failure.code, message: failure.message, ...(failure.fieldErrors ? { fieldErrors: failure.fieldErrors } : {}), ...data },
  };
  // A 503 says when to come back; clients and proxies retry then instead of hammering.
  const headers: Record<string, string> = { "Cache-Control": "no-store" };
  if (failure.code === "UNAVAILABLE") headers["Retry-After"] = String(RETRY_AFTER_SECONDS);
  return Response.json(body, { status, headers });
}

/** The one catch for route handlers: expected errors keep their meaning; unknown ones are logged and hidden. */
export function respondToError(error: unknown): Response {
  return errorResponse(toActionResult(error));
}

/** 422 for a request that failed its schema, each problem under its field. */
export function validationErrorResponse(error: ZodError): Response {
  return errorResponse({ ok: false, code: "VALIDATION", message: "Check the highlighted fields.", fieldErrors: zodFieldErrors(error) });
}
