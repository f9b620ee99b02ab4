"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { FormAlert } from "@/components/ui/FormAlert";
import { SubmitButton } from "@/components/ui/SubmitButton";
import type { ServerAction } from "@/lib/actions/types";
import type { ApplyImportInput } from "@/lib/transfer/schema";

/** Starts the import; visits may send each client a confirmation (off unless ticked). */
export function ApplyImportForm({
  importId,
  label,
  visits,
  action,
}: {
  importId: string;
  label: string;
  visits: boolean;
  action: ServerAction<ApplyImportInput>;
}) {
  const router = useRouter();
  const [sendConfirmations, setSendConfirmations] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const onSubmit = (event: React.FormEvent) => {
    event.preventDefault();
    startTransition(async () => {
      const result = await action({ importId, sendConfirmations });
      if (result.ok) router.refresh();
      else setError(result.message);
    });
  };
  return (
    <form onSubmit={onSubmit} aria-label="Apply the import" className="space-y-3">
      {visits && (
        <div className="flex items-start gap-3">
          <input
            id="send-confirmations"
            type="checkbox"
            className="mt-1 size-5 accent-brand-700"
            checked={sendConfirmations}
            onChange={(event) => setSendConfirmations(event.target.checked)}
            aria-describedby="send-confirmations-hint"
          />
          <div>
            <label htmlFor="send-confirmations" className="font-medium">
              Send confirmations
            </label>
            <p id="send-confirmations-hint" className="text-sm text-stone-600">
              Off: no email at all for these visits (no confirmation, intake request or reminder), as clients already know about them.
            </p>
          </div>
        </div>
      )}
      <FormAlert message={error} />
      <SubmitButton pending={pending} pendingLabel="Starting…">
        {label}
      </SubmitButton>
    </form>
  );
}
