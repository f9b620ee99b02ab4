import type { Metadata } from "next";
import Link from "next/link";
import { requirePageActor } from "@/lib/auth/page-guard";
import { getOwnSchedule, type ScheduleView } from "@/lib/consultation/schedule";
import { addDays } from "@/lib/dates/local-date";
import { formatLocalDate } from "@/lib/format/calendar";
import { formatTimeOfDay } from "@/lib/format/zoned";

export const metadata: Metadata = { title: "My schedule" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const one = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

export default async function SchedulePage({ searchParams }: Props) {
  const actor = await requirePageActor("staff:view-own-schedule", "/staff/schedule");
  const params = await searchParams;
  const view: ScheduleView = one(params.view) === "week" ? "week" : "day";
  const schedule = await getOwnSchedule(actor, { date: one(params.date), view });
  const step = view === "day" ? 1 : 7;
  const href = (date: string, v: ScheduleView = view) => `/staff/schedule?date=${date}&view=${v}`;
  const heading = view === "day" ? formatLocalDate(schedule.from) : `Week of ${formatLocalDate(schedule.from)}`;
  return (
    <div className="max-w-3xl space-y-6">
      <header className="space-y-2">
        <h1 className="text-2xl font-semibold">My schedule — {heading}</h1>
        <nav aria-label="Schedule navigation" className="flex flex-wrap gap-4">
          <Link className="text-brand-700 underline" href={href(addDays(schedule.from, -step))}>
            Previous {view}
          </Link>
          <Link className="text-brand-700 underline" href={href(addDays(schedule.from, step))}>
            Next {view}
          </Link>
          <Link className="text-brand-700 underline" href={href(schedule.from, view === "day" ? "week" : "day")}>
            {view === "day" ? "Week view" : "Day view"}
          </Link>
        </nav>
      </header>
      {schedule.days.map((day) => (
        <section key={day.date} aria-labelledby={`day-${day.date}`} className="rounded-xl border border-stone-200 bg-white p-4">
          <h2 id={`day-${day.date}`} className="font-semibold">
            {formatLocalDate(day.date)}
          </h2>
          {day.appointments.length === 0 ? (
            <p className="text-sm text-stone-600">No appointments.</p>
          ) : (
            <ul className="mt-2 divide-y divide-stone-100">
              {day.appointments.map((a) => (
                <li key={a.id} className="flex flex-wrap justify-between gap-2 py-2">
                  <Link href={`/staff/appointments/${a.id}`} className="font-medium text-brand-700 underline">
                    {formatTimeOfDay(a.startsAt, schedule.timeZone)} — {a.clientName}, {a.serviceName}
                  </Link>
                  <span className="text-sm text-stone-600">
                    {a.needsReview && (
                      <span className="mr-2 rounded bg-amber-100 px-2 py-0.5 font-medium text-amber-900">Needs review</span>
                    )}
                    {a.status.replace("_", " ").toLowerCase()}
                    {a.intake === "missing" ? " · intake missing" : a.intake === "expired" ? " · intake expired" : ""}
                    {a.noteSigned ? " · note signed" : ""}
                  </span>
                </li>
              ))}
            </ul>
          )}
        </section>
      ))}
    </div>
  );
}
