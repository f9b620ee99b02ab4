import { appointmentStatusLabel } from "@/components/booking/appointment-status";
import Link from "next/link";
import type { CalendarColumn, WeekCalendar as Week } from "@/lib/booking/calendar-queries";
import { formatMinuteOfDay } from "@/lib/format/calendar";
import { formatLocalDate } from "@/lib/format/calendar";

const dayLabel = (date: string) => formatLocalDate(date, "weekday-short");
const range = (from: number, to: number) => `${formatMinuteOfDay(from)}–${formatMinuteOfDay(to)}`;

function Cell({ column }: { column: CalendarColumn | undefined }) {
  if (!column) return <td className="px-2 py-2 align-top text-stone-500">—</td>;
  return (
    <td className="min-w-40 px-2 py-2 align-top">
      <p className="text-xs text-stone-600">
        {column.working.length ? column.working.map((w) => range(w.startMinute, w.endMinute)).join(", ") : "Not working"}
      </p>
      {column.timeOff.map((t) => (
        <p key={t.startMinute} className="text-xs text-stone-600">
          Time off {range(t.startMinute, t.endMinute)}
        </p>
      ))}
      <ul className="mt-1 space-y-1">
        {column.appointments.map((a) => (
          <li key={a.id} className="rounded border border-brand-600 bg-brand-50 px-1 text-xs">
            {formatMinuteOfDay(a.startMinute)} {a.clientName} · {a.serviceName} ({appointmentStatusLabel(a.status)})
          </li>
        ))}
      </ul>
    </td>
  );
}

/**
 * Seven days, a row per esthetician: a table, so a keyboard or screen-reader user moves through
 * it by row and column headers. Each day heading links to that day's view, where visits are acted on.
 */
export function WeekCalendar({ week }: { week: Week }) {
  const staff = week.days[0]?.columns ?? [];
  if (staff.length === 0) return <p>No active estheticians.</p>;
  return (
    <div className="overflow-x-auto rounded-xl border border-stone-200 bg-white">
      <table className="w-full text-left text-sm">
        <caption className="sr-only">Week of {dayLabel(week.from)}: working hours, time off and visits per esthetician and day</caption>
        <thead className="bg-stone-100 text-stone-700">
          <tr>
            <th scope="col" className="px-2 py-2">
              Esthetician
            </th>
            {week.days.map((day) => (
              <th key={day.date} scope="col" className="px-2 py-2">
                <Link href={`/admin/calendar?view=day&date=${day.date}`} className="text-brand-700 underline">
                  {dayLabel(day.date)}
                </Link>
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="divide-y divide-stone-100">
          {staff.map((member) => (
            <tr key={member.staffId}>
              <th scope="row" className="px-2 py-2 align-top font-medium">
                {member.name}
              </th>
              {week.days.map((day) => (
                <Cell key={day.date} column={day.columns.find((c) => c.staffId === member.staffId)} />
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
