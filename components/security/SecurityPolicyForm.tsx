"use client";

import { useState, useTransition } from "react";
import { FormAlert } from "@/components/ui/FormAlert";
import { SubmitButton } from "@/components/ui/SubmitButton";
import type { ServerAction } from "@/lib/actions/types";
import type { SecurityPolicyInput } from "@/lib/security/schema";

/** The admin's switch: every staff account must use a second step to sign in. */
export function SecurityPolicyForm({
  defaultValues,
  action,
}: {
  defaultValues: SecurityPolicyInput;
  action: ServerAction<SecurityPolicyInput>;
}) {
  const [required, setRequired] = useState(defaultValues.requireStaffTwoFactor);
  const [pending, startTransition] = useTransition();
  const [alert, setAlert] = useState<{ tone: "error" | "success"; message: string } | null>(null);

  function submit(event: React.FormEvent) {
    event.preventDefault();
    setAlert(null);
    startTransition(async () => {
      const result = await action({ requireStaffTwoFactor: required });
      if (!result.ok) return setAlert({ tone: "error", message: result.message });
      setAlert({
        tone: "success",
        message: required
          ? "Saved. Staff without a second step will set one up at their next page load."
          : "Saved. A second step is now optional for staff.",
      });
      // This admin may owe a second step now; a full load shows where to go.
      if (required) window.location.reload();
    });
  }

  return (
    <form onSubmit={submit} aria-label="Security settings" className="space-y-4">
      <fieldset disabled={pending}>
        <legend className="sr-only">Second step for staff</legend>
        <label className="flex min-h-11 items-start gap-3">
          <input
            type="checkbox"
            checked={required}
            onChange={(event) => setRequired(event.target.checked)}
            className="mt-1 size-5"
            aria-describedby="require-two-factor-hint"
          />
          <span>
            <span className="font-medium">Require a second step for every staff account</span>
            <span id="require-two-factor-hint" className="block text-sm text-stone-600">
              Estheticians, the front desk and admins then sign in with an authenticator app code or a passkey / security key as well as
              their password. Anyone without one sets it up at their next sign-in. Clients are not affected.
            </span>
          </span>
        </label>
      </fieldset>
      <FormAlert message={alert?.message ?? null} tone={alert?.tone} />
      <SubmitButton pending={pending}>Save</SubmitButton>
    </form>
  );
}
