"use client";

import { useRouter } from "next/navigation";
import { useId, useState, useTransition } from "react";
import { localDateTimeToInstant } from "@/lib/scheduling/wall-time";
import type { ActionResult } from "@/lib/errors/app-error";
import { getLocalDate, getLocalTime } from "@/lib/dates/local-date";
import { formatInstant } from "@/lib/format/zoned";
import type { ServerAction } from "@/lib/actions/types";
import type { AdminMoveInput } from "@/lib/booking/schema";

type Slot = { start: string; staffIds: string[] };
type Props = {
  appointmentId: string;
  date: string;
  time: string;
  staffId: string;
  staff: { id: string; name: string }[];
  timeZone: string;
  label: string;
  moveAction: ServerAction<AdminMoveInput>;
};

function alternativesOf(result: ActionResult<unknown>): Slot[] {
  const data = !result.ok ? (result.data as { alternatives?: Slot[] } | undefined) : undefined;
  return data?.alternatives ?? [];
}

function Alternatives({
  slots,
  staffId,
  timeZone,
  nameOf,
  onChoose,
}: {
  slots: Slot[];
  staffId: string;
  timeZone: string;
  nameOf: (id: string) => string;
  onChoose: (slot: Slot) => void;
}) {
  if (slots.length === 0) return null;
  return (
    <div>
      <p className="text-sm">Nearest free times (choose one, then move):</p>
      <ul className="mt-1 flex flex-wrap gap-2">
        {slots.map((slot) => (
          <li key={`${slot.start}-${slot.staffIds.join()}`}>
            <button
              type="button"
              onClick={() => onChoose(slot)}
              className="min-h-11 rounded-lg border border-stone-300 bg-white px-2 text-sm"
            >
              {formatInstant(slot.start, timeZone)} · {nameOf(slot.staffIds.includes(staffId) ? staffId : (slot.staffIds[0] ?? ""))}
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}

type Values = { date: string; time: string; staffId: string };
type FieldsProps = {
  id: string;
  values: Values;
  onChange: (values: Values) => void;
  staff: Props["staff"];
  timeZone: string;
  describedBy?: string;
  pending: boolean;
};
const field = "min-h-11 rounded-lg border border-stone-300 px-2 text-sm";

function MoveFields({ id, values, onChange: setValues, staff, timeZone, describedBy, pending }: FieldsProps) {
  return (
    <fieldset disabled={pending} className="flex flex-wrap items-end gap-2">
      <div>
        <label htmlFor={`${id}-date`} className="block text-xs">
          New date
        </label>
        <input
          id={`${id}-date`}
          type="date"
          required
          value={values.date}
          onChange={(e) => setValues({ ...values, date: e.target.value })}
          aria-describedby={describedBy}
          className={field}
        />
      </div>
      <div>
        <label htmlFor={`${id}-time`} className="block text-xs">
          New time ({timeZone})
        </label>
        <input
          id={`${id}-time`}
          type="time"
          required
          step={300}
          value={values.time}
          onChange={(e) => setValues({ ...values, time: e.target.value })}
          aria-describedby={describedBy}
          className={field}
        />
      </div>
      <div>
        <label htmlFor={`${id}-staff`} className="block text-xs">
          Esthetician
        </label>
        <select
          id={`${id}-staff`}
          value={values.staffId}
          onChange={(e) => setValues({ ...values, staffId: e.target.value })}
          aria-describedby={describedBy}
          className={field}
        >
          {staff.map((s) => (
            <option key={s.id} value={s.id}>
              {s.name}
            </option>
          ))}
        </select>
      </div>
      <button type="submit" className="min-h-11 rounded-lg bg-brand-700 px-3 text-sm text-white disabled:opacity-60">
        Move appointment
      </button>
    </fieldset>
  );
}

/**
 * Moves a booked visit to a date and time read in the spa's zone (whatever the browser's), with
 * the same or another esthetician. A refusal lists the nearest free times; choosing one fills the form.
 */
export function MoveAppointmentForm(props: Props) {
  const { appointmentId, timeZone, staff, moveAction } = props;
  const id = useId();
  const router = useRouter();
  const [values, setValues] = useState({ date: props.date, time: props.time, staffId: props.staffId });
  const [message, setMessage] = useState<string | null>(null);
  const [alternatives, setAlternatives] = useState<Slot[]>([]);
  const [notice, setNotice] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const nameOf = (staffId: string) => staff.find((s) => s.id === staffId)?.name ?? "another esthetician";

  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    const startsAt = values.date && values.time ? localDateTimeToInstant(`${values.date}T${values.time}`, timeZone) : null;
    if (!startsAt) return setMessage("Choose a date and a time.");
    startTransition(async () => {
      setMessage(null);
      setNotice(null);
      const result = await moveAction({ appointmentId, staffId: values.staffId, startsAt: startsAt.toISOString() });
      setAlternatives(alternativesOf(result));
      if (result.ok) {
        setNotice(`Moved to ${formatInstant(startsAt, timeZone)} with ${nameOf(values.staffId)}.`);
        return router.refresh();
      }
      setMessage(result.message);
    });
  };
  const choose = (slot: Slot) => {
    const start = new Date(slot.start);
    const staffId = slot.staffIds.includes(values.staffId) ? values.staffId : (slot.staffIds[0] ?? values.staffId);
    setValues({ date: getLocalDate(start, timeZone), time: getLocalTime(start, timeZone), staffId });
  };
  return (
    <form onSubmit={submit} aria-label={`Move ${props.label}`} className="mt-2 space-y-2">
      <MoveFields
        id={id}
        values={values}
        onChange={setValues}
        staff={staff}
        timeZone={timeZone}
        describedBy={message ? `${id}-message` : undefined}
        pending={pending}
      />
      {message && (
        <p id={`${id}-message`} role="alert" className="text-sm text-red-700">
          {message}
        </p>
      )}
      <p role="status" className="text-sm text-green-800">
        {notice}
      </p>
      <Alternatives slots={alternatives} staffId={values.staffId} timeZone={timeZone} nameOf={nameOf} onChoose={choose} />
    </form>
  );
}
