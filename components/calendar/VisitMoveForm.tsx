"use client";

import { useId, useState, useTransition } from "react";
import type { GridBlock } from "@/lib/booking/calendar-grid";
import { formatMinuteOfDay } from "@/lib/format/calendar";

/** Where a visit can go: the estheticians and start times offered, and what moving does. */
export type VisitMove = {
  staff: { id: string; name: string }[];
  times: number[];
  onMove: (target: { staffId: string; date: string; minute: number }) => Promise<string | null>;
};

/** Moving a visit without dragging: the keyboard (and touch) alternative. */
export function VisitMoveForm({ block, date, move }: { block: GridBlock; date: string; move: VisitMove }) {
  const id = useId();
  const [values, setValues] = useState({ staffId: block.staffId, date, minute: block.startMinute });
  const [message, setMessage] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    startTransition(async () => {
      setMessage(null);
      setMessage(await move.onMove(values));
    });
  };
  const times = move.times.includes(block.startMinute) ? move.times : [...move.times, block.startMinute].sort((a, b) => a - b);
  return (
    <form
      onSubmit={submit}
      aria-label={`Move ${formatMinuteOfDay(block.startMinute)} ${block.clientName}`}
      className="space-y-2 rounded-lg border border-stone-200 p-3"
    >
      <h3 className="text-sm font-semibold">Move to another time or esthetician</h3>
      <fieldset disabled={pending} className="flex flex-wrap items-end gap-2">
        <div>
          <label htmlFor={`${id}-staff`} className="block text-xs">
            Esthetician
          </label>
          <select
            id={`${id}-staff`}
            value={values.staffId}
            onChange={(e) => setValues({ ...values, staffId: e.target.value })}
            className="min-h-11 rounded-lg border border-stone-300 px-2 text-sm"
          >
            {move.staff.map((member) => (
              <option key={member.id} value={member.id}>
                {member.name}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor={`${id}-date`} className="block text-xs">
            Date
          </label>
          <input
            id={`${id}-date`}
            type="date"
            required
            value={values.date}
            onChange={(e) => setValues({ ...values, date: e.target.value })}
            className="min-h-11 rounded-lg border border-stone-300 px-2 text-sm"
          />
        </div>
        <div>
          <label htmlFor={`${id}-time`} className="block text-xs">
            Time
          </label>
          <select
            id={`${id}-time`}
            value={values.minute}
            onChange={(e) => setValues({ ...values, minute: Number(e.target.value) })}
            className="min-h-11 rounded-lg border border-stone-300 px-2 text-sm"
          >
            {times.map((minute) => (
              <option key={minute} value={minute}>
                {formatMinuteOfDay(minute)}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="min-h-11 rounded-lg bg-brand-700 px-3 text-sm text-white disabled:opacity-60">
          Move appointment
        </button>
      </fieldset>
      {message && (
        <p role="alert" className="text-sm text-red-700">
          {message}
        </p>
      )}
    </form>
  );
}
