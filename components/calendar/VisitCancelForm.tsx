"use client";

import { useId, useState, useTransition } from "react";
import type { ServerAction } from "@/lib/actions/types";
import type { GridBlock } from "@/lib/booking/calendar-grid";
import type { AdminCancelInput } from "@/lib/booking/schema";
import { formatMinuteOfDay } from "@/lib/format/calendar";

export function VisitCancelForm({
  block,
  cancel,
  onDone,
}: {
  block: GridBlock;
  cancel: ServerAction<AdminCancelInput, unknown>;
  onDone: (message: string) => void;
}) {
  const id = useId();
  const [reason, setReason] = useState("");
  const [spaInitiated, setSpaInitiated] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    startTransition(async () => {
      setMessage(null);
      const result = await cancel({ appointmentId: block.id, reason, spaInitiated });
      if (result.ok) onDone(`${block.clientName}'s visit was cancelled.`);
      else setMessage(result.fieldErrors?.reason?.[0] ?? result.message);
    });
  };
  return (
    <form
      onSubmit={submit}
      aria-label={`Cancel ${formatMinuteOfDay(block.startMinute)} ${block.clientName}`}
      className="space-y-2 rounded-lg border border-red-200 p-3"
    >
      <fieldset disabled={pending} className="space-y-2">
        <div>
          <label htmlFor={`${id}-reason`} className="block text-xs">
            Cancellation reason
          </label>
          <input
            id={`${id}-reason`}
            value={reason}
            onChange={(e) => setReason(e.target.value)}
            aria-describedby={message ? `${id}-message` : undefined}
            aria-invalid={message ? true : undefined}
            className="min-h-11 w-full rounded-lg border border-stone-300 px-2 text-sm"
          />
        </div>
        <label className="flex min-h-11 items-center gap-2 text-sm">
          <input type="checkbox" checked={spaInitiated} onChange={(e) => setSpaInitiated(e.target.checked)} className="size-4" />
          The spa cancels (never counted as the client&apos;s late cancellation)
        </label>
        <button type="submit" className="min-h-11 rounded-lg border border-red-300 bg-white px-3 text-sm text-red-800 disabled:opacity-60">
          Cancel appointment
        </button>
      </fieldset>
      {message && (
        <p id={`${id}-message`} role="alert" className="text-sm text-red-700">
          {message}
        </p>
      )}
    </form>
  );
}
