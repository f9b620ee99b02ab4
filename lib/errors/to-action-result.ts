import { randomUUID } from "node:crypto";
import { ZodError } from "zod";
import { AppError, type ActionResult, type FieldErrors } from "./app-error";

const GENERIC_MESSAGE = "Something went wrong on our side. Please try again in a moment.";

/** Postgres SQLSTATEs we turn into a user-facing conflict rather than a 500. */
const UNIQUE_VIOLATION = "23505";
const EXCLUSION_VIOLATION = "23P01";
/** Raised by our immutability triggers (signed notes, intake submissions, audit trails). */
const OBJECT_NOT_IN_PREREQUISITE_STATE = "55000";

/**
 * The one mapper from a thrown error to an action result. Unknown errors are logged with an id
 * and shown as a generic message that carries the id, so support can find the log line.
 */
export function toActionResult(error: unknown): Extract<ActionResult, { ok: false }> {
  if (error instanceof AppError) {
    return {
      ok: false,
      code: error.code,
      message: error.userMessage,
      ...(error.details.fieldErrors ? { fieldErrors: error.details.fieldErrors } : {}),
      ...(error.details.data !== undefined ? { data: error.details.data } : {}),
    };
  }
  if (error instanceof ZodError) {
    return { ok: false, code: "VALIDATION", message: "Please correct the highlighted fields.", fieldErrors: zodFieldErrors(error) };
  }
  const sqlState = postgresCode(error);
  if (sqlState === OBJECT_NOT_IN_PREREQUISITE_STATE) {
    return { ok: false, code: "CONFLICT", message: "This record is signed and locked, so it cannot be changed. Reload to see it." };
  }
  if (sqlState === UNIQUE_VIOLATION || sqlState === EXCLUSION_VIOLATION) {
    return { ok: false, code: "CONFLICT", message: "That was just changed by someone else. Please review and try again." };
  }
  const errorId = randomUUID().slice(0, 8);
  console.error(`[error ${errorId}]`, error);
  return { ok: false, code: "INTERNAL", message: `${GENERIC_MESSAGE} (reference ${errorId})` };
}

export function zodFieldErrors(error: ZodError): FieldErrors {
  const fieldErrors: FieldErrors = {};
  for (const issue of error.issues) {
    const key = issue.path.join(".") || "form";
    (fieldErrors[key] ??= []).push(issue.message);
  }
  return fieldErrors;
}

/**
 * The SQLSTATE of a database error, wherever the driver put it: `code` on a pg error, or
 * `meta.driverAdapterError.cause.originalCode` on a Prisma error raised through the pg adapter.
 */
export function postgresCode(error: unknown): string | undefined {
  if (!error || typeof error !== "object") return undefined;
  const candidate = error as {
    code?: unknown;
    meta?: { driverAdapterError?: { cause?: { originalCode?: unknown } } };
    cause?: unknown;
  };
  const adapterCode = candidate.meta?.driverAdapterError?.cause?.originalCode;
  if (typeof adapterCode === "string") return adapterCode;
  if (typeof candidate.code === "string" && /^[0-9A-Z]{5}$/.test(candidate.code)) return candidate.code;
  return candidate.cause ? postgresCode(candidate.cause) : undefined;
}
