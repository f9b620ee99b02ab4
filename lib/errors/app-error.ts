/**
 * The one error type domain code throws for expected failures. `userMessage` is safe to show;
 * anything else (stack, SQL, internals) never reaches a person (see lib/errors/to-action-result.ts).
 */
export type AppErrorCode =
  | "UNAUTHENTICATED"
  | "FORBIDDEN"
  | "NOT_FOUND"
  | "VALIDATION"
  | "CONFLICT"
  | "RATE_LIMITED"
  /** The database cannot be reached right now: try again in a moment (HTTP 503). */
  | "UNAVAILABLE"
  | "INTERNAL";

export type FieldErrors = Record<string, string[]>;

export class AppError extends Error {
  override name = "AppError";

  constructor(
    readonly code: AppErrorCode,
    readonly userMessage: string,
    readonly details: { fieldErrors?: FieldErrors; data?: unknown } = {},
  ) {
    super(`${code}: ${userMessage}`);
  }
}

export function isAppError(error: unknown): error is AppError {
  return error instanceof AppError;
}

export type ActionResult<T = undefined> =
  { ok: true; data: T } | { ok: false; code: AppErrorCode; message: string; fieldErrors?: FieldErrors; data?: unknown };
