"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import type { ServerAction } from "@/lib/actions/types";

/** Publishes the plan to the client after review. */
export function PublishButton({ appointmentId, publish }: { appointmentId: string; publish: ServerAction<{ appointmentId: string }> }) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);
  const onClick = () =>
    startTransition(async () => {
      const result = await publish({ appointmentId });
      if (result.ok) router.refresh();
      else setError(result.message);
    });
  return (
    <div className="space-y-2">
      <button
        type="button"
        onClick={onClick}
        disabled={pending}
        className="inline-flex min-h-11 items-center rounded-lg bg-brand-700 px-5 font-medium text-white hover:bg-brand-800 disabled:opacity-60"
      >
        {pending ? "Publishing…" : "Publish to the client"}
      </button>
      {error && (
        <p role="alert" className="text-sm text-red-700">
          {error}
        </p>
      )}
    </div>
  );
}
