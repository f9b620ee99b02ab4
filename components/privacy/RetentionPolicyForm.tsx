"use client";

import { useState, useTransition } from "react";
import { FormAlert } from "@/components/ui/FormAlert";
import { SubmitButton } from "@/components/ui/SubmitButton";
import { TextField } from "@/components/ui/TextField";
import type { ServerAction } from "@/lib/actions/types";
import type { RetentionPolicyInput } from "@/lib/privacy/schema";

/** How many years an erased client's clinical records are kept after their last visit. */
export function RetentionPolicyForm({ years, action }: { years: number; action: ServerAction<RetentionPolicyInput> }) {
  const [value, setValue] = useState(String(years));
  const [error, setError] = useState<string | null>(null);
  const [alert, setAlert] = useState<{ tone: "error" | "success"; message: string } | null>(null);
  const [pending, startTransition] = useTransition();

  return (
    <form
      aria-label="Retention period"
      className="space-y-4"
      onSubmit={(event) => {
        event.preventDefault();
        setAlert(null);
        setError(null);
        startTransition(async () => {
          const result = await action({ clinicalRetentionYears: value });
          if (result.ok) return setAlert({ tone: "success", message: "Saved." });
          const fieldError = result.fieldErrors?.clinicalRetentionYears?.[0];
          if (fieldError) setError(fieldError);
          else setAlert({ tone: "error", message: result.message });
        });
      }}
    >
      <fieldset disabled={pending}>
        <TextField
          id="retention-years"
          label="Years to keep clinical records after the last visit"
          hint="Check your state's or country's medical-record rules before shortening it. Default 7."
          type="number"
          inputMode="numeric"
          min={1}
          max={30}
          value={value}
          onChange={(event) => setValue(event.target.value)}
          error={error ?? undefined}
          className="max-w-md"
        />
      </fieldset>
      <FormAlert message={alert?.message ?? null} tone={alert?.tone} />
      <SubmitButton pending={pending}>Save</SubmitButton>
    </form>
  );
}
