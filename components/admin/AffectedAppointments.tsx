"use client";

import { useEffect, useId, useRef, useState } from "react";
import { FormAlert } from "@/components/ui/FormAlert";
import type { Resolution } from "@/lib/staff/hours-schema";
import type { AffectedAppointment } from "@/lib/staff/schedule-change";
import { formatInstant } from "@/lib/format/zoned";

type Props = {
  affected: AffectedAppointment[];
  timeZone: string;
  pending: boolean;
  onConfirm: (resolutions: Resolution[]) => void;
  onBack: () => void;
};

type Choice = { action: Resolution["action"]; staffId: string };

/**
 * The appointments a schedule change would leave outside working time. Nothing is applied until
 * the admin has chosen keep, cancel or move for every one and confirmed.
 */
export function AffectedAppointments({ affected, timeZone, pending, onConfirm, onBack }: Props) {
  const [choices, setChoices] = useState<Record<string, Choice>>({});
  const [alert, setAlert] = useState<string | null>(null);
  const headingId = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const choose = (a: AffectedAppointment, patch: Partial<Choice>) =>
    setChoices({ ...choices, [a.id]: { action: "keep", staffId: a.targets[0]?.id ?? "", ...choices[a.id], ...patch } });

  const confirm = () => {
    const missing = affected.filter((a) => !choices[a.id]);
    if (missing.length > 0) return setAlert(`Choose keep, cancel or move for every appointment (${missing.length} left).`);
    onConfirm(
      affected.map((a): Resolution => {
        const choice = choices[a.id]!;
        return choice.action === "move"
          ? { appointmentId: a.id, action: "move", staffId: choice.staffId }
          : { appointmentId: a.id, action: choice.action };
      }),
    );
  };

  return (
    <section aria-labelledby={headingId} className="space-y-3 rounded-xl border border-amber-300 bg-amber-50 p-4">
      <h3 id={headingId} ref={heading} tabIndex={-1} className="font-semibold">
        {affected.length} booked appointment{affected.length === 1 ? "" : "s"} would fall outside working time
      </h3>
      <p className="text-sm">Nothing has changed yet. Choose what happens to each, then apply the change.</p>
      <table className="w-full text-left text-sm">
        <thead>
          <tr>
            <th scope="col" className="py-1 pr-3">
              When
            </th>
            <th scope="col" className="py-1 pr-3">
              Client
            </th>
            <th scope="col" className="py-1 pr-3">
              Service
            </th>
            <th scope="col" className="py-1">
              Decision
            </th>
          </tr>
        </thead>
        <tbody>
          {affected.map((a) => (
            <AffectedRow key={a.id} appointment={a} timeZone={timeZone} choice={choices[a.id]} onChoose={(patch) => choose(a, patch)} />
          ))}
        </tbody>
      </table>
      <FormAlert message={alert} />
      <div className="flex gap-3">
        <button
          type="button"
          onClick={confirm}
          disabled={pending}
          className="min-h-11 rounded-lg bg-brand-700 px-4 font-medium text-white disabled:opacity-60"
        >
          {pending ? "Applying…" : "Apply change"}
        </button>
        <button type="button" onClick={onBack} disabled={pending} className="min-h-11 rounded-lg border border-stone-300 bg-white px-4">
          Back to editing
        </button>
      </div>
    </section>
  );
}

type RowProps = {
  appointment: AffectedAppointment;
  timeZone: string;
  choice: Choice | undefined;
  onChoose: (patch: Partial<Choice>) => void;
};

function AffectedRow({ appointment: a, timeZone, choice, onChoose }: RowProps) {
  const when = formatInstant(a.startsAt, timeZone);
  const actions = a.targets.length > 0 ? (["keep", "cancel", "move"] as const) : (["keep", "cancel"] as const);
  return (
    <tr className="border-t border-amber-200">
      <th scope="row" className="py-2 pr-3 font-medium">
        {when}
      </th>
      <td className="py-2 pr-3">{a.clientName}</td>
      <td className="py-2 pr-3">{a.serviceName}</td>
      <td className="py-2">
        <fieldset className="flex flex-wrap items-center gap-4">
          <legend className="sr-only">{`Decision for ${a.clientName} at ${when}`}</legend>
          {actions.map((action) => (
            <label key={action} className="inline-flex min-h-11 items-center gap-2">
              <input
                type="radio"
                name={`decision-${a.id}`}
                value={action}
                checked={choice?.action === action}
                onChange={() => onChoose({ action })}
              />
              {{ keep: "Keep", cancel: "Cancel visit", move: "Move to" }[action]}
            </label>
          ))}
          {choice?.action === "move" && (
            <select
              aria-label={`Colleague for ${a.clientName} at ${when}`}
              value={choice.staffId}
              onChange={(e) => onChoose({ staffId: e.target.value })}
              className="min-h-11 rounded-lg border border-stone-300 bg-white px-2"
            >
              {a.targets.map((t) => (
                <option key={t.id} value={t.id}>
                  {t.name}
                </option>
              ))}
            </select>
          )}
        </fieldset>
      </td>
    </tr>
  );
}
