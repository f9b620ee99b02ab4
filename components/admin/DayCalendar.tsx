import Link from "next/link";
import { appointmentStatusLabel } from "@/components/booking/appointment-status";
import type { CalendarColumn, DayCalendar as Day } from "@/lib/booking/calendar-queries";
import { formatMinuteOfDay } from "@/lib/format/calendar";
import { AppointmentActions } from "./AppointmentActions";
import { MoveAppointmentForm } from "./MoveAppointmentForm";
import type { ServerAction } from "@/lib/actions/types";
import type { AdminCancelInput, AdminMoveInput, MarkStatusInput } from "@/lib/booking/schema";

type Actions = { markAction: ServerAction<MarkStatusInput>; cancelAction: ServerAction<AdminCancelInput> };
type MoveContext = { moveAction: ServerAction<AdminMoveInput>; date: string; timeZone: string; staff: { id: string; name: string }[] };
const hhmm = (minute: number) => `${String(Math.floor(minute / 60)).padStart(2, "0")}:${String(minute % 60).padStart(2, "0")}`;
const PX_PER_MINUTE = 1.2;

/** The visible window: working time, visits and time off, rounded out to whole hours (default 8–20). */
function visibleRange(columns: CalendarColumn[]) {
  const minutes = columns.flatMap((c) => [
    ...c.working.flatMap((w) => [w.startMinute, w.endMinute]),
    ...c.appointments.flatMap((a) => [a.blockedStartMinute, a.blockedEndMinute]),
  ]);
  const start = Math.floor(Math.min(8 * 60, ...minutes) / 60) * 60;
  const end = Math.ceil(Math.max(20 * 60, ...minutes) / 60) * 60;
  return { start, end };
}

type Range = { start: number; end: number };

/** The day at a glance: working time white, breaks and off-hours grey, buffers around each visit. */
function ColumnTimeline({ column, range }: { column: CalendarColumn; range: Range }) {
  const top = (minute: number) => (Math.max(minute, range.start) - range.start) * PX_PER_MINUTE;
  const height = (from: number, to: number) => Math.max(top(to) - top(from), 2);
  const hours = Array.from({ length: (range.end - range.start) / 60 }, (_, i) => range.start + i * 60);
  return (
    <div className="relative rounded-lg border border-stone-200 bg-stone-200" style={{ height: (range.end - range.start) * PX_PER_MINUTE }}>
      {column.working.map((w) => (
        <div
          key={w.startMinute}
          aria-hidden
          className="absolute inset-x-0 bg-white"
          style={{ top: top(w.startMinute), height: height(w.startMinute, w.endMinute) }}
        />
      ))}
      {hours.map((minute) => (
        <div
          key={minute}
          aria-hidden
          className="absolute inset-x-0 border-t border-stone-300/70 pl-1 text-[10px] leading-none text-stone-500"
          style={{ top: top(minute) }}
        >
          {formatMinuteOfDay(minute)}
        </div>
      ))}
      {column.timeOff.map((t) => (
        <div
          key={t.startMinute}
          className="absolute inset-x-0 bg-[repeating-linear-gradient(45deg,#e7e5e4,#e7e5e4_6px,#d6d3d1_6px,#d6d3d1_12px)] p-1 text-xs"
          style={{ top: top(t.startMinute), height: height(t.startMinute, t.endMinute) }}
        >
          {`Time off ${formatMinuteOfDay(t.startMinute)}–${formatMinuteOfDay(t.endMinute)}${t.reason ? `: ${t.reason}` : ""}`}
        </div>
      ))}
      {column.appointments.map((a) => (
        <div
          key={a.id}
          aria-hidden
          className="absolute inset-x-1 rounded border border-brand-600 bg-brand-50"
          style={{ top: top(a.blockedStartMinute), height: height(a.blockedStartMinute, a.blockedEndMinute) }}
        >
          <div
            className="absolute inset-x-0 bg-brand-100 px-1 text-xs"
            style={{ top: top(a.startMinute) - top(a.blockedStartMinute), height: height(a.startMinute, a.endMinute) }}
          >
            {formatMinuteOfDay(a.startMinute)} {a.clientName}
          </div>
        </div>
      ))}
    </div>
  );
}

/** The same visits as a list in time order, each with its actions, for keyboard and screen readers. */
function ColumnList({
  column,
  actions,
  move,
  renderedAt,
}: {
  column: CalendarColumn;
  actions: Actions;
  move: MoveContext;
  renderedAt: string;
}) {
  return (
    <ol aria-label={`${column.name}'s appointments`} className="mt-3 space-y-3">
      {column.appointments.length === 0 && <li className="text-sm text-stone-600">No appointments.</li>}
      {column.appointments.map((a) => (
        <li key={a.id} className="rounded-lg border border-stone-200 bg-white p-3 text-sm">
          <p className="font-medium">
            {formatMinuteOfDay(a.startMinute)}–{formatMinuteOfDay(a.endMinute)} · {a.clientName}
          </p>
          <p>{a.serviceName}</p>
          <p>Status: {appointmentStatusLabel(a.status)}</p>
          {a.needsReview && (
            <p>
              <Link href={`/staff/appointments/${a.id}`} className="rounded bg-amber-100 px-2 py-0.5 font-medium text-amber-900 underline">
                Needs review
              </Link>
            </p>
          )}
          <p className="text-xs text-stone-600">
            Blocked (with buffers) {formatMinuteOfDay(a.blockedStartMinute)}–{formatMinuteOfDay(a.blockedEndMinute)}
          </p>
          <AppointmentActions
            appointmentId={a.id}
            status={a.status}
            startsAt={a.startsAt}
            renderedAt={renderedAt}
            label={`${formatMinuteOfDay(a.startMinute)} ${a.clientName}, ${a.serviceName}`}
            {...actions}
          />
          {a.status === "BOOKED" && (
            <details className="mt-2">
              <summary className="cursor-pointer text-sm font-medium text-brand-800">Move to another time or esthetician</summary>
              <MoveAppointmentForm
                appointmentId={a.id}
                date={move.date}
                time={hhmm(a.startMinute)}
                staffId={column.staffId}
                staff={move.staff}
                timeZone={move.timeZone}
                label={`${formatMinuteOfDay(a.startMinute)} ${a.clientName}`}
                moveAction={move.moveAction}
              />
            </details>
          )}
        </li>
      ))}
    </ol>
  );
}

/** A column per esthetician: the timeline to see the day, the list to act on it. */
export function DayCalendar({ day, moveAction, ...actions }: { day: Day; moveAction: ServerAction<AdminMoveInput> } & Actions) {
  if (day.columns.length === 0) return <p>No active estheticians.</p>;
  const range = visibleRange(day.columns);
  const move = { moveAction, date: day.date, timeZone: day.timeZone, staff: day.columns.map((c) => ({ id: c.staffId, name: c.name })) };
  // The server's clock decides which status buttons are open (check-in, no-show), not the browser's.
  const renderedAt = new Date().toISOString();
  return (
    <div className="flex gap-3 overflow-x-auto pb-2">
      {day.columns.map((column) => (
        <section key={column.staffId} aria-labelledby={`col-${column.staffId}`} className="w-72 shrink-0">
          <h2 id={`col-${column.staffId}`} className="mb-1 font-semibold">
            {column.name}
          </h2>
          <p className="mb-2 text-xs text-stone-600">
            {column.working.length
              ? `Working ${column.working.map((w) => `${formatMinuteOfDay(w.startMinute)}–${formatMinuteOfDay(w.endMinute)}`).join(", ")}`
              : "Not working"}
          </p>
          <ColumnTimeline column={column} range={range} />
          <ColumnList column={column} actions={actions} move={move} renderedAt={renderedAt} />
        </section>
      ))}
    </div>
  );
}
