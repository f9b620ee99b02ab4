import { randomUUID } from "node:crypto";
import { ZodError } from "zod";
import { AppError, type ActionResult, type FieldErrors } from "./app-error";
import { isClientOverlapViolation, isExclusionViolation, isLockedRecordViolation, isUniqueViolation } from "./postgres";
import { isDatabaseUnavailable, noteDatabaseUnavailable, UNAVAILABLE_MESSAGE } from "./unavailable";

/** A visit moved or booked over another of the same client's (the constraint refused it). */
export const CLIENT_OVERLAP_MESSAGE = "The client already has an appointment at that time. Choose another time.";

const GENERIC_MESSAGE = "Something went wrong on our side. Please try again in a moment.";

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
  if (isLockedRecordViolation(error)) {
    return { ok: false, code: "CONFLICT", message: "This record is signed and locked, so it cannot be changed. Reload to see it." };
  }
  if (isClientOverlapViolation(error)) {
    return { ok: false, code: "CONFLICT", message: CLIENT_OVERLAP_MESSAGE, data: { reason: "CLIENT_OVERLAP" } };
  }
  if (isUniqueViolation(error) || isExclusionViolation(error)) {
    return { ok: false, code: "CONFLICT", message: "That was just changed by someone else. Please review and try again." };
  }
  if (isDatabaseUnavailable(error)) {
    // An outage is one log line, not a stack per request (lib/errors/unavailable.ts).
    noteDatabaseUnavailable(error);
    return { ok: false, code: "UNAVAILABLE", message: UNAVAILABLE_MESSAGE };
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
