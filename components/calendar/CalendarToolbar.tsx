import Link from "next/link";
import { addDays } from "@/lib/dates/local-date";

export type ToolbarView = { view: string; label: string; step: number; unit: string };

type Props = {
  basePath: string;
  views: readonly ToolbarView[];
  view: string;
  date: string;
  today: string;
  /** The week view's esthetician choice (the spa's calendar only). */
  staff?: { options: { id: string; name: string }[]; selected: string | null };
};

const button = "inline-flex min-h-11 items-center rounded-lg border border-stone-300 bg-white px-3";

/** View switch, Today, previous/next (a day or a week) and a date picker; links and a GET form only. */
export function CalendarToolbar({ basePath, views, view, date, today, staff }: Props) {
  const current = views.find((candidate) => candidate.view === view) ?? views[0]!;
  const href = (v: string, d: string) => {
    const query = new URLSearchParams({ view: v, date: d });
    if (staff?.selected && v === "week") query.set("staff", staff.selected);
    return `${basePath}?${query}`;
  };
  return (
    <div className="space-y-3">
      <nav aria-label="Calendar views">
        <ul className="flex flex-wrap gap-2">
          {views.map((v) => (
            <li key={v.view}>
              <Link
                href={href(v.view, date)}
                aria-current={v.view === current.view ? "page" : undefined}
                className={`${button} ${v.view === current.view ? "border-brand-700 bg-brand-50 font-semibold" : ""}`}
              >
                {v.label}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <nav aria-label={`Choose a ${current.unit}`} className="flex flex-wrap items-end gap-2">
        <Link href={href(current.view, today)} aria-current={date === today ? "date" : undefined} className={button}>
          Today
        </Link>
        <Link href={href(current.view, addDays(date, -current.step))} className={button}>
          Previous {current.unit}
        </Link>
        <Link href={href(current.view, addDays(date, current.step))} className={button}>
          Next {current.unit}
        </Link>
        <form method="get" action={basePath} className="flex flex-wrap items-end gap-2">
          <input type="hidden" name="view" value={current.view} />
          <div>
            <label htmlFor="calendar-date" className="block text-sm">
              Date
            </label>
            <input
              id="calendar-date"
              name="date"
              type="date"
              defaultValue={date}
              className="min-h-11 rounded-lg border border-stone-300 bg-white px-2"
            />
          </div>
          {staff && current.view === "week" && (
            <div>
              <label htmlFor="calendar-staff" className="block text-sm">
                Esthetician
              </label>
              <select
                id="calendar-staff"
                name="staff"
                defaultValue={staff.selected ?? undefined}
                className="min-h-11 rounded-lg border border-stone-300 bg-white px-2"
              >
                {staff.options.map((member) => (
                  <option key={member.id} value={member.id}>
                    {member.name}
                  </option>
                ))}
              </select>
            </div>
          )}
          <button type="submit" className="min-h-11 rounded-lg bg-brand-700 px-3 text-white">
            Show
          </button>
        </form>
      </nav>
    </div>
  );
}
