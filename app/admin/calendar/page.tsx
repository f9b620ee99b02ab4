import type { Metadata } from "next";
import { CalendarBoard } from "@/components/calendar/CalendarBoard";
import { CalendarToolbar, type ToolbarView } from "@/components/calendar/CalendarToolbar";
import { requirePageActor } from "@/lib/auth/page-guard";
import { can } from "@/lib/auth/policy";
import { getSpaCalendar } from "@/lib/booking/calendar-queries";
import type { CalendarView } from "@/lib/booking/calendar-grid";
import { getLocalDate } from "@/lib/dates/local-date";
import { formatLocalDate } from "@/lib/format/calendar";
import { requireSpaLocation } from "@/lib/location/queries";
import { localDate } from "@/lib/validation/fields";
import {
  bookForClientAction,
  cancelAppointmentAction,
  findClientsAction,
  markAppointmentStatusAction,
  moveAppointmentAction,
  sendIntakeLinkAction,
  servicesForSlotAction,
  visitDetailsAction,
} from "./actions";

export const metadata: Metadata = { title: "Calendar" };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

const VIEWS: readonly (ToolbarView & { grid: CalendarView })[] = [
  { view: "day", label: "Staff day", step: 1, unit: "day", grid: "staff" },
  { view: "week", label: "Staff week", step: 7, unit: "week", grid: "week" },
  { view: "rooms", label: "Rooms", step: 1, unit: "day", grid: "rooms" },
];

const one = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

/** The spa's day (by esthetician or by room) or one esthetician's week, for the front desk and admins. */
export default async function CalendarPage({ searchParams }: { searchParams: SearchParams }) {
  const actor = await requirePageActor("calendar:view-spa", "/admin/calendar");
  const params = await searchParams;
  const { timeZone } = await requireSpaLocation();
  const today = getLocalDate(new Date(), timeZone);
  const parsed = localDate.safeParse(one(params.date));
  const date = parsed.success ? parsed.data : today;
  const view = VIEWS.find((v) => v.view === one(params.view)) ?? VIEWS[0]!;
  const staffParam = one(params.staff);
  const grid = await getSpaCalendar(actor, {
    view: view.grid,
    date,
    staffId: staffParam && /^[0-9a-f-]{36}$/i.test(staffParam) ? staffParam : undefined,
  });
  const weekStaff = view.grid === "week" ? (grid.columns[0]?.staffId ?? null) : null;
  const weekName = grid.staff.find((member) => member.id === weekStaff)?.name;
  const title =
    view.grid === "week"
      ? `Calendar: week of ${formatLocalDate(grid.dates[0]!, "full")}`
      : view.grid === "rooms"
        ? `Rooms and equipment: ${formatLocalDate(date, "full")}`
        : `Calendar: ${formatLocalDate(date, "full")}`;
  const label =
    view.grid === "week"
      ? `Week of ${formatLocalDate(grid.dates[0]!, "weekday-short")}${weekName ? `: ${weekName}` : ""}`
      : `${view.grid === "rooms" ? "Rooms" : "Estheticians"} on ${formatLocalDate(date, "weekday-short")}`;
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-semibold">{title}</h1>
      <CalendarToolbar
        basePath="/admin/calendar"
        views={VIEWS}
        view={view.view}
        date={date}
        today={today}
        staff={{ options: grid.staff, selected: weekStaff }}
      />
      {view.grid === "week" && weekName && <h2 className="text-lg font-semibold">{weekName}</h2>}
      {grid.columns.length === 0 ? (
        <p>{view.grid === "rooms" ? "No active rooms or equipment." : "No active estheticians."}</p>
      ) : (
        <CalendarBoard
          grid={grid}
          label={label}
          booking={
            can(actor, "booking:book-for-client")
              ? { book: bookForClientAction, servicesForSlot: servicesForSlotAction, findClients: findClientsAction }
              : undefined
          }
          visit={{
            mark: markAppointmentStatusAction,
            cancel: cancelAppointmentAction,
            move: moveAppointmentAction,
            details: visitDetailsAction,
            sendIntakeLink: sendIntakeLinkAction,
          }}
          canComplete={can(actor, "visit:complete")}
          canOpenChart={can(actor, "chart:view")}
          clientLinks={can(actor, "clients:view")}
        />
      )}
    </div>
  );
}
