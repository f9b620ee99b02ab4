import type { FieldValues, Path, UseFormSetError } from "react-hook-form";
import type { ActionResult } from "@/lib/errors/app-error";

/**
 * Puts a failed action's field errors on their fields and returns the message for the form-level
 * alert. Whatever the person typed stays in the form.
 */
export function applyServerErrors<T extends FieldValues>(
  result: Extract<ActionResult<unknown>, { ok: false }>,
  setError: UseFormSetError<T>,
  fieldNames: readonly Path<T>[],
): string {
  let placedOnField = false;
  for (const [field, messages] of Object.entries(result.fieldErrors ?? {})) {
    if ((fieldNames as readonly string[]).includes(field) && messages[0]) {
      setError(field as Path<T>, { type: "server", message: messages[0] });
      placedOnField = true;
    }
  }
  return placedOnField && result.code === "VALIDATION" ? "Please correct the highlighted fields." : result.message;
}
