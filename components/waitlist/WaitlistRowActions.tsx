"use client";

import { useState, useTransition } from "react";
import type { ServerAction } from "@/lib/actions/types";

type Props = {
  entryId: string;
  clientName: string;
  isFirst: boolean;
  isLast: boolean;
  move: ServerAction<{ entryId: string; direction: "up" | "down" }>;
  remove: ServerAction<{ entryId: string }>;
};

const buttonClass =
  "inline-flex min-h-11 items-center rounded-lg border border-stone-300 bg-white px-3 text-sm font-medium text-stone-800 hover:bg-stone-50 disabled:opacity-50";

/** The desk's queue controls for one entry: earlier, later, remove. */
export function WaitlistRowActions({ entryId, clientName, isFirst, isLast, move, remove }: Props) {
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);
  const run = (call: () => Promise<{ ok: boolean; message?: string }>) =>
    startTransition(async () => {
      const result = await call();
      setError(result.ok ? null : (result.message ?? "That did not work. Please try again."));
    });
  return (
    <div>
      <div className="flex flex-wrap gap-2">
        <button
          type="button"
          className={buttonClass}
          disabled={pending || isFirst}
          onClick={() => run(() => move({ entryId, direction: "up" }))}
        >
          <span aria-hidden="true">↑</span>
          <span className="sr-only">Move {clientName} earlier</span>
        </button>
        <button
          type="button"
          className={buttonClass}
          disabled={pending || isLast}
          onClick={() => run(() => move({ entryId, direction: "down" }))}
        >
          <span aria-hidden="true">↓</span>
          <span className="sr-only">Move {clientName} later</span>
        </button>
        <button type="button" className={buttonClass} disabled={pending} onClick={() => run(() => remove({ entryId }))}>
          Remove<span className="sr-only"> {clientName}</span>
        </button>
      </div>
      {error && (
        <p role="alert" className="mt-1 text-sm text-red-700">
          {error}
        </p>
      )}
    </div>
  );
}
