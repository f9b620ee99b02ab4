"use client";

import { useRouter } from "next/navigation";
import { useId, useState, useTransition } from "react";
import type { ActionResult } from "@/lib/errors/app-error";
import type { ServerAction } from "@/lib/actions/types";
import type { AdminCancelInput, MarkStatusInput } from "@/lib/booking/schema";
import { statusChangeRefusal } from "@/lib/booking/status-rules";

type Props = {
  appointmentId: string;
  status: string;
  /** ISO instants: the visit's start, and the server's time when the page was drawn. */
  startsAt?: string;
  renderedAt?: string;
  label: string;
  markAction: ServerAction<MarkStatusInput>;
  cancelAction: ServerAction<AdminCancelInput>;
};

const MARKS = [
  { status: "CHECKED_IN", label: "Check in", from: ["BOOKED"] },
  { status: "COMPLETED", label: "Mark completed", from: ["BOOKED", "CHECKED_IN"] },
  { status: "NO_SHOW", label: "Mark no-show", from: ["BOOKED"] },
] as const;

/** The front-desk actions on one appointment; plain buttons and a labelled reason field. */
export function AppointmentActions({ appointmentId, status, startsAt, renderedAt, label, markAction, cancelAction }: Props) {
  const id = useId();
  const router = useRouter();
  const [reason, setReason] = useState("");
  const [message, setMessage] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const run = (call: () => Promise<ActionResult<unknown>>) =>
    startTransition(async () => {
      setMessage(null);
      const result = await call();
      if (result.ok) router.refresh();
      else setMessage(result.fieldErrors?.reason?.[0] ?? result.message);
    });
  const open = status === "BOOKED" || status === "CHECKED_IN";

  return (
    <div className="mt-2 space-y-2" role="group" aria-label={`Actions for ${label}`}>
      <div className="flex flex-wrap gap-2">
        {MARKS.filter((m) => (m.from as readonly string[]).includes(status)).map((m) => {
          // Not yet allowed (check-in two hours ahead, a no-show once it has started): disabled, saying when.
          const notYet =
            startsAt && renderedAt
              ? statusChangeRefusal({ from: status, to: m.status, startsAt: new Date(startsAt), now: new Date(renderedAt) })
              : null;
          return (
            <button
              key={m.status}
              type="button"
              disabled={pending || notYet !== null}
              title={notYet ?? undefined}
              onClick={() => run(() => markAction({ appointmentId, status: m.status }))}
              className="min-h-11 rounded-lg border border-stone-300 bg-white px-3 text-sm disabled:opacity-60"
            >
              {m.label}
              {notYet && <span className="sr-only">{` (${notYet})`}</span>}
            </button>
          );
        })}
      </div>
      {open && (
        <div className="flex flex-wrap items-end gap-2">
          <div>
            <label htmlFor={`${id}-reason`} className="block text-xs">
              Cancellation reason
            </label>
            <input
              id={`${id}-reason`}
              value={reason}
              onChange={(e) => setReason(e.target.value)}
              disabled={pending}
              aria-describedby={message ? `${id}-message` : undefined}
              className="min-h-11 w-44 rounded-lg border border-stone-300 px-2 text-sm"
            />
          </div>
          <button
            type="button"
            disabled={pending}
            onClick={() => run(() => cancelAction({ appointmentId, reason }))}
            className="min-h-11 rounded-lg border border-red-300 bg-white px-3 text-sm text-red-800 disabled:opacity-60"
          >
            Cancel appointment
          </button>
        </div>
      )}
      {message && (
        <p id={`${id}-message`} role="alert" className="text-sm text-red-700">
          {message}
        </p>
      )}
    </div>
  );
}
