"use client";

import { useState, useTransition } from "react";
import type { FieldValues, Path, UseFormReturn } from "react-hook-form";
import type { ServerAction } from "@/lib/actions/types";
import { applyServerErrors } from "./apply-server-errors";

export type FormAlertState = { tone: "error" | "success"; message: string } | null;

/**
 * A form's submit: validate, run the action, then say "saved" or put the server's field errors on
 * their fields (what was typed stays) with the form-level message.
 */
export function useFormAction<Fields extends FieldValues, Parsed>(
  form: UseFormReturn<Fields, unknown, Parsed>,
  options: {
    action: ServerAction<Parsed, unknown>;
    fields: readonly Path<Fields>[];
    success: string;
    /** After a save, before the message: e.g. reset the form to what was saved, or empty it. */
    onSaved?: (values: Parsed) => void;
  },
) {
  const [pending, startTransition] = useTransition();
  const [alert, setAlert] = useState<FormAlertState>(null);
  const onSubmit = form.handleSubmit((values) => {
    setAlert(null);
    startTransition(async () => {
      const result = await options.action(values);
      if (result.ok) options.onSaved?.(values);
      setAlert(
        result.ok
          ? { tone: "success", message: options.success }
          : { tone: "error", message: applyServerErrors(result, form.setError, options.fields) },
      );
    });
  });
  return { pending, alert, onSubmit };
}
