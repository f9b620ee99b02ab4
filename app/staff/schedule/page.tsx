import type { Metadata } from "next";
import { CalendarBoard } from "@/components/calendar/CalendarBoard";
import { CalendarToolbar, type ToolbarView } from "@/components/calendar/CalendarToolbar";
import { orNotFound, requirePageActor } from "@/lib/auth/page-guard";
import { getOwnCalendar } from "@/lib/booking/calendar-queries";
import { getLocalDate } from "@/lib/dates/local-date";
import { formatLocalDate } from "@/lib/format/calendar";
import { localDate } from "@/lib/validation/fields";
import { ownVisitDetailsAction } from "./actions";

export const metadata: Metadata = { title: "My schedule" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const VIEWS: readonly ToolbarView[] = [
  { view: "day", label: "Day", step: 1, unit: "day" },
  { view: "week", label: "Week", step: 7, unit: "week" },
];

const one = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

/** The esthetician's own column, as a day or a week of the same time grid; each visit opens its chart. */
export default async function SchedulePage({ searchParams }: Props) {
  const actor = await requirePageActor("staff:view-own-schedule", "/staff/schedule");
  const params = await searchParams;
  const view = one(params.view) === "week" ? "week" : "day";
  const parsed = localDate.safeParse(one(params.date));
  const grid = await orNotFound(
    getOwnCalendar(actor, { view: view === "week" ? "week" : "staff", date: parsed.success ? parsed.data : undefined }),
  );
  const today = getLocalDate(new Date(), grid.timeZone);
  const heading = view === "day" ? formatLocalDate(grid.date) : `Week of ${formatLocalDate(grid.dates[0]!)}`;
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-semibold">My schedule — {heading}</h1>
      <CalendarToolbar basePath="/staff/schedule" views={VIEWS} view={view} date={grid.date} today={today} />
      {grid.columns.length === 0 ? (
        <p>Your staff profile is not active.</p>
      ) : (
        <CalendarBoard
          grid={grid}
          label={
            view === "day"
              ? `My day, ${formatLocalDate(grid.date, "weekday-short")}`
              : `My week of ${formatLocalDate(grid.dates[0]!, "weekday-short")}`
          }
          visit={{ details: ownVisitDetailsAction }}
          canComplete={false}
          canOpenChart
          clientLinks
        />
      )}
    </div>
  );
}
