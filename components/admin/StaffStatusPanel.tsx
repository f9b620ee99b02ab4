"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { FormAlert } from "@/components/ui/FormAlert";
import type { ServerAction } from "@/lib/actions/types";

type Props = {
  staffId: string;
  active: boolean;
  upcomingCount: number;
  deactivateAction: ServerAction<{ staffId: string }>;
  reactivateAction: ServerAction<{ staffId: string }>;
};

/** Deactivate (refused by the server while visits remain) or reactivate an esthetician. */
export function StaffStatusPanel({ staffId, active, upcomingCount, deactivateAction, reactivateAction }: Props) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [alert, setAlert] = useState<string | null>(null);
  const run = (action: Props["deactivateAction"]) => {
    setAlert(null);
    startTransition(async () => {
      const result = await action({ staffId });
      if (result.ok) router.refresh();
      else setAlert(result.message);
    });
  };
  return (
    <div className="space-y-3">
      <p>
        Status: <strong>{active ? "Active" : "Inactive (not offered for booking)"}</strong>
      </p>
      {active && upcomingCount > 0 && (
        <p className="text-sm text-stone-700">Move or cancel the {upcomingCount} upcoming appointment(s) below before deactivating.</p>
      )}
      <FormAlert message={alert} />
      <button
        type="button"
        disabled={pending}
        onClick={() => run(active ? deactivateAction : reactivateAction)}
        className="min-h-11 rounded-lg border border-stone-300 bg-white px-4 font-medium disabled:opacity-60"
      >
        {active ? "Deactivate esthetician" : "Reactivate esthetician"}
      </button>
    </div>
  );
}
