"use client";

import { useId, useState, useTransition } from "react";
import { FormAlert } from "@/components/ui/FormAlert";
import type { ServerAction } from "@/lib/actions/types";
import type { MergeClientsInput } from "@/lib/clients/schema";

type Candidate = { id: string; name: string; email: string | null; phone: string | null };

/**
 * Merging a duplicate into this client: choose it among the likely duplicates, confirm, merge.
 * Refused (with the times) when the two have visits at the same time.
 */
export function MergeClientForm({
  action,
  clientId,
  clientName,
  candidates,
}: {
  action: ServerAction<MergeClientsInput, unknown>;
  clientId: string;
  clientName: string;
  candidates: Candidate[];
}) {
  const id = useId();
  const [duplicateId, setDuplicateId] = useState(candidates[0]?.id ?? "");
  const [confirmed, setConfirmed] = useState(false);
  const [alert, setAlert] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  if (candidates.length === 0)
    return <p className="text-sm text-stone-600">No likely duplicates (same phone, same email or a similar name).</p>;
  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    if (!confirmed) return setAlert("Tick the box to confirm the merge.");
    startTransition(async () => {
      setAlert(null);
      const result = await action({ clientId, duplicateId });
      if (!result.ok) setAlert(result.fieldErrors?.duplicateId?.[0] ?? result.message);
    });
  };
  const describe = (c: Candidate) => [c.name, c.phone, c.email].filter(Boolean).join(" · ");
  return (
    <form onSubmit={submit} aria-label="Merge a duplicate" className="space-y-3">
      <fieldset disabled={pending} className="space-y-3">
        <div>
          <label htmlFor={`${id}-duplicate`} className="block text-sm font-medium">
            Duplicate to merge into {clientName}
          </label>
          <select
            id={`${id}-duplicate`}
            value={duplicateId}
            onChange={(e) => setDuplicateId(e.target.value)}
            className="mt-1 min-h-11 w-full rounded-lg border border-stone-300 bg-white px-2"
          >
            {candidates.map((candidate) => (
              <option key={candidate.id} value={candidate.id}>
                {describe(candidate)}
              </option>
            ))}
          </select>
        </div>
        <label className="flex min-h-11 items-start gap-2 text-sm">
          <input type="checkbox" checked={confirmed} onChange={(e) => setConfirmed(e.target.checked)} className="mt-1 size-4" />
          <span>
            Move the duplicate&apos;s visits, intakes, notes, homecare plans and messages to {clientName}. The duplicate can no longer sign
            in. This is recorded in the audit log and cannot be undone here.
          </span>
        </label>
      </fieldset>
      <FormAlert message={alert} />
      <button
        type="submit"
        disabled={pending}
        className="min-h-11 rounded-lg border border-red-300 bg-white px-4 font-medium text-red-800 disabled:opacity-60"
      >
        {pending ? "Merging…" : "Merge into this client"}
      </button>
    </form>
  );
}
