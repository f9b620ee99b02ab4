import type { Metadata } from "next";
import Link from "next/link";
import { CalendarNav, CALENDAR_VIEWS, type CalendarView } from "@/components/admin/CalendarNav";
import { DayCalendar } from "@/components/admin/DayCalendar";
import { RoomCalendar } from "@/components/admin/RoomCalendar";
import { WeekCalendar } from "@/components/admin/WeekCalendar";
import { getDayCalendar, getRoomDay, getWeekCalendar } from "@/lib/booking/calendar-queries";
import { requireSpaLocation } from "@/lib/location/queries";
import type { Actor } from "@/lib/auth/policy";
import { requirePageActor } from "@/lib/auth/page-guard";
import { localDate } from "@/lib/validation/fields";
import { getLocalDate } from "@/lib/dates/local-date";
import { cancelAppointmentAction, markAppointmentStatusAction, moveAppointmentAction } from "./actions";
import { formatLocalDate } from "@/lib/format/calendar";

export const metadata: Metadata = { title: "Calendar" };

type SearchParams = Promise<{ date?: string | string[]; view?: string | string[] }>;

function parseView(raw: unknown): CalendarView {
  return CALENDAR_VIEWS.find((v) => v.view === raw)?.view ?? "day";
}

/** The heading, then the navigation, then the chosen view, so headings and focus order read top-down. */
async function CalendarBody({ actor, view, date, nav }: { actor: Actor; view: CalendarView; date: string; nav: React.ReactNode }) {
  const frame = (title: string, body: React.ReactNode) => (
    <>
      <h1 className="text-2xl font-semibold">{title}</h1>
      {nav}
      {body}
    </>
  );
  if (view === "week") {
    const week = await getWeekCalendar(actor, date);
    return frame(`Calendar: week of ${formatLocalDate(week.from, "full")}`, <WeekCalendar week={week} />);
  }
  if (view === "rooms") {
    const { rooms } = await getRoomDay(actor, date);
    return frame(`Rooms and equipment: ${formatLocalDate(date, "full")}`, <RoomCalendar rooms={rooms} />);
  }
  const day = await getDayCalendar(actor, date);
  return frame(
    `Calendar: ${formatLocalDate(date, "full")}`,
    <DayCalendar
      day={day}
      markAction={markAppointmentStatusAction}
      cancelAction={cancelAppointmentAction}
      moveAction={moveAppointmentAction}
    />,
  );
}

export default async function CalendarPage({ searchParams }: { searchParams: SearchParams }) {
  const actor = await requirePageActor("admin:manage-schedule", "/admin/calendar");
  const { date: raw, view: rawView } = await searchParams;
  const { timeZone } = await requireSpaLocation();
  const parsed = localDate.safeParse(raw);
  const date = parsed.success ? parsed.data : getLocalDate(new Date(), timeZone);
  const view = parseView(rawView);
  return (
    <div className="space-y-4">
      <p>
        <Link href="/admin" className="text-brand-700 underline">
          ← Admin
        </Link>
      </p>
      <CalendarBody actor={actor} view={view} date={date} nav={<CalendarNav view={view} date={date} />} />
      <p className="text-sm text-stone-600">
        Times in the spa&apos;s zone ({timeZone}).
        {view === "day" && " Shaded blocks are buffers; grey is outside working hours (breaks included)."}
      </p>
    </div>
  );
}
