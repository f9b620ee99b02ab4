import Link from "next/link";
import { addDays } from "@/lib/dates/local-date";

export const CALENDAR_VIEWS = [
  { view: "day", label: "Staff day" },
  { view: "week", label: "Staff week" },
  { view: "rooms", label: "Rooms" },
] as const;
export type CalendarView = (typeof CALENDAR_VIEWS)[number]["view"];

const button = "inline-flex min-h-11 items-center rounded-lg border border-stone-300 bg-white px-3";

/** View switch, previous/next (a day, or a week in the week view) and a date picker; links and a GET form only. */
export function CalendarNav({ view, date }: { view: CalendarView; date: string }) {
  const step = view === "week" ? 7 : 1;
  const unit = view === "week" ? "week" : "day";
  const href = (v: CalendarView, d: string) => `/admin/calendar?view=${v}&date=${d}`;
  return (
    <div className="space-y-3">
      <nav aria-label="Calendar views">
        <ul className="flex flex-wrap gap-2">
          {CALENDAR_VIEWS.map((v) => (
            <li key={v.view}>
              <Link
                href={href(v.view, date)}
                aria-current={v.view === view ? "page" : undefined}
                className={`${button} ${v.view === view ? "border-brand-700 bg-brand-50 font-semibold" : ""}`}
              >
                {v.label}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <nav aria-label={`Choose a ${unit}`} className="flex flex-wrap items-end gap-3">
        <Link href={href(view, addDays(date, -step))} className={button}>
          Previous {unit}
        </Link>
        <Link href={href(view, addDays(date, step))} className={button}>
          Next {unit}
        </Link>
        <form method="get" className="flex items-end gap-2">
          <input type="hidden" name="view" value={view} />
          <div>
            <label htmlFor="calendar-date" className="block text-sm">
              Date
            </label>
            <input
              id="calendar-date"
              name="date"
              type="date"
              defaultValue={date}
              className="min-h-11 rounded-lg border border-stone-300 px-2"
            />
          </div>
          <button type="submit" className="min-h-11 rounded-lg bg-brand-700 px-3 text-white">
            Show
          </button>
        </form>
      </nav>
    </div>
  );
}
