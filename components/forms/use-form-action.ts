"use client";

import { useState, useTransition } from "react";
import type { FieldValues, Path, UseFormReturn } from "react-hook-form";
import type { ServerAction } from "@/lib/actions/types";
import { applyServerErrors } from "./apply-server-errors";

export type FormAlertState = { tone: "error" | "success"; message: string } | null;

/**
 * A settings form's submit: validate, run the action, then say "saved" or put the server's field
 * errors on their fields (what was typed stays) with the form-level message.
 */
export function useFormAction<Fields extends FieldValues, Parsed>(
  form: UseFormReturn<Fields, unknown, Parsed>,
  options: { action: ServerAction<Parsed>; fields: readonly Path<Fields>[]; success: string },
) {
  const [pending, startTransition] = useTransition();
  const [alert, setAlert] = useState<FormAlertState>(null);
  const onSubmit = form.handleSubmit((values) => {
    setAlert(null);
    startTransition(async () => {
      const result = await options.action(values);
      setAlert(
        result.ok
          ? { tone: "success", message: options.success }
          : { tone: "error", message: applyServerErrors(result, form.setError, options.fields) },
      );
    });
  });
  return { pending, alert, onSubmit };
}
