"use client";

import { useState, useTransition } from "react";
import type { ServerAction } from "@/lib/actions/types";

type Props = {
  appointmentId: string;
  clientId: string;
  clientName: string;
  canCheckIn: boolean;
  needsIntake: boolean;
  checkIn: ServerAction<{ appointmentId: string }, unknown>;
  sendIntakeLink: ServerAction<{ clientId: string }, unknown>;
};

/** An arrival's buttons on the front desk's Today page, each result announced beside them. */
export function ArrivalActions(props: Props) {
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [pending, startTransition] = useTransition();
  const run = (call: () => Promise<{ ok: boolean; message?: string }>, done: string) =>
    startTransition(async () => {
      const result = await call();
      setMessage(result.ok ? { ok: true, text: done } : { ok: false, text: result.message ?? "That did not work." });
    });
  return (
    <div className="flex flex-wrap items-center gap-2">
      {props.canCheckIn && (
        <button
          type="button"
          disabled={pending}
          aria-label={`Check in ${props.clientName}`}
          onClick={() => run(() => props.checkIn({ appointmentId: props.appointmentId }), `${props.clientName} checked in.`)}
          className="min-h-11 rounded-lg bg-brand-700 px-3 text-sm font-medium text-white disabled:opacity-60"
        >
          Check in
        </button>
      )}
      {props.needsIntake && (
        <button
          type="button"
          disabled={pending}
          aria-label={`Send intake link to ${props.clientName}`}
          onClick={() => run(() => props.sendIntakeLink({ clientId: props.clientId }), `Intake link sent to ${props.clientName}.`)}
          className="min-h-11 rounded-lg border border-stone-300 bg-white px-3 text-sm disabled:opacity-60"
        >
          Send intake link
        </button>
      )}
      <span
        role={message && !message.ok ? "alert" : "status"}
        className={`text-sm ${message?.ok === false ? "text-red-700" : "text-green-800"}`}
      >
        {message?.text}
      </span>
    </div>
  );
}
