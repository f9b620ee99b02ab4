"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import type { ServerAction } from "@/lib/actions/types";

type Props = { resourceId: string; name: string; active: boolean; action: ServerAction<{ resourceId: string; active: boolean }> };

export function ResourceToggle({ resourceId, name, active, action }: Props) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [message, setMessage] = useState<string | null>(null);
  const run = () =>
    startTransition(async () => {
      setMessage(null);
      const result = await action({ resourceId, active: !active });
      if (result.ok) router.refresh();
      else setMessage(result.message);
    });
  return (
    <div>
      <button
        type="button"
        disabled={pending}
        onClick={run}
        className="min-h-11 rounded-lg border border-stone-300 px-3 disabled:opacity-60"
      >
        {active ? "Take out of use" : "Put back in use"}
        <span className="sr-only">{`: ${name}`}</span>
      </button>
      {message && (
        <p role="alert" className="mt-1 text-sm text-red-700">
          {message}
        </p>
      )}
    </div>
  );
}
