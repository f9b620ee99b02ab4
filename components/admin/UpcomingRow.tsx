"use client";

import { useRouter } from "next/navigation";
import { useId, useState, useTransition } from "react";
import type { ActionResult } from "@/lib/errors/app-error";
import { formatInstant } from "@/lib/format/zoned";
import type { ServerAction } from "@/lib/actions/types";
import type { AdminCancelInput, AdminMoveInput } from "@/lib/booking/schema";

export type UpcomingRowData = {
  id: string;
  startsAt: string;
  clientName: string;
  serviceName: string;
  targets: { id: string; name: string }[];
};
type Props = {
  row: UpcomingRowData;
  timeZone: string;
  moveAction: ServerAction<AdminMoveInput>;
  cancelAction: ServerAction<AdminCancelInput>;
};

/** One upcoming visit of an esthetician: move it to a free colleague at the same time, or cancel it. */
export function UpcomingRow({ row, timeZone, moveAction, cancelAction }: Props) {
  const id = useId();
  const router = useRouter();
  const [target, setTarget] = useState(row.targets[0]?.id ?? "");
  const [reason, setReason] = useState("");
  const [message, setMessage] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const when = formatInstant(row.startsAt, timeZone);

  const run = (call: () => Promise<ActionResult<unknown>>) => {
    setMessage(null);
    startTransition(async () => {
      const result = await call();
      if (result.ok) router.refresh();
      else setMessage(result.fieldErrors?.reason?.[0] ?? result.message);
    });
  };

  return (
    <tr className="border-t border-stone-100 align-top">
      <th scope="row" className="px-3 py-2 font-medium">
        {when}
      </th>
      <td className="px-3 py-2">{row.clientName}</td>
      <td className="px-3 py-2">{row.serviceName}</td>
      <td className="space-y-2 px-3 py-2">
        {row.targets.length > 0 ? (
          <div className="flex flex-wrap items-end gap-2">
            <label htmlFor={`${id}-target`} className="sr-only">{`Move ${row.clientName}'s visit at ${when} to`}</label>
            <select
              id={`${id}-target`}
              value={target}
              onChange={(e) => setTarget(e.target.value)}
              disabled={pending}
              className="min-h-11 rounded-lg border border-stone-300 bg-white px-2"
            >
              {row.targets.map((t) => (
                <option key={t.id} value={t.id}>
                  {t.name}
                </option>
              ))}
            </select>
            <button
              type="button"
              disabled={pending}
              onClick={() => run(() => moveAction({ appointmentId: row.id, staffId: target, startsAt: row.startsAt }))}
              className="min-h-11 rounded-lg bg-brand-700 px-3 text-white disabled:opacity-60"
            >
              Move<span className="sr-only">{` ${row.clientName}'s visit`}</span>
            </button>
          </div>
        ) : (
          <p className="text-sm text-stone-600">No qualified colleague is free at this time.</p>
        )}
        <div className="flex flex-wrap items-end gap-2">
          <label htmlFor={`${id}-reason`} className="text-sm">
            Cancellation reason
          </label>
          <input
            id={`${id}-reason`}
            value={reason}
            onChange={(e) => setReason(e.target.value)}
            disabled={pending}
            aria-describedby={message ? `${id}-message` : undefined}
            className="min-h-11 rounded-lg border border-stone-300 px-2"
          />
          <button
            type="button"
            disabled={pending}
            onClick={() => run(() => cancelAction({ appointmentId: row.id, reason, spaInitiated: true }))}
            className="min-h-11 rounded-lg border border-red-300 px-3 text-red-800"
          >
            Cancel visit<span className="sr-only">{` of ${row.clientName}`}</span>
          </button>
        </div>
        {message && (
          <p id={`${id}-message`} role="alert" className="text-sm text-red-700">
            {message}
          </p>
        )}
      </td>
    </tr>
  );
}
