"use client";

import { useState, useTransition } from "react";
import type { ServerAction } from "@/lib/actions/types";

/** Leaves (or, at the desk, removes) one waitlist entry; a held time is given up with it. */
export function LeaveWaitlistButton(props: { entryId: string; label: string; action: ServerAction<{ entryId: string }> }) {
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);
  return (
    <div>
      <button
        type="button"
        disabled={pending}
        aria-busy={pending || undefined}
        onClick={() =>
          startTransition(async () => {
            const result = await props.action({ entryId: props.entryId });
            setError(result.ok ? null : result.message);
          })
        }
        className="inline-flex min-h-11 items-center rounded-lg border border-stone-300 bg-white px-4 font-medium text-stone-800 hover:bg-stone-50 disabled:opacity-60"
      >
        {pending ? "Removing…" : props.label}
      </button>
      {error && (
        <p role="alert" className="mt-1 text-sm text-red-700">
          {error}
        </p>
      )}
    </div>
  );
}
