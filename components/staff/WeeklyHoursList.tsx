import { formatMinuteOfDay, weekdayName } from "@/lib/format/calendar";

type Range = { weekday: number; startMinute: number; endMinute: number };

/** Weekly hours as a definition list: one row per weekday, breaks shown as separate ranges. */
export function WeeklyHoursList({ ranges }: { ranges: Range[] }) {
  const days = [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({
    weekday,
    ranges: ranges.filter((range) => range.weekday === weekday),
  }));
  return (
    <dl className="divide-y divide-stone-100 text-sm">
      {days.map((day) => (
        <div key={day.weekday} className="flex justify-between gap-4 py-2">
          <dt className="font-medium">{weekdayName(day.weekday)}</dt>
          <dd className="text-right text-stone-700">
            {day.ranges.length === 0
              ? "Not working"
              : day.ranges.map((r) => `${formatMinuteOfDay(r.startMinute)} – ${formatMinuteOfDay(r.endMinute)}`).join(", ")}
          </dd>
        </div>
      ))}
    </dl>
  );
}
