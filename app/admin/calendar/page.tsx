import type { Metadata } from "next";
import Link from "next/link";
import { DayCalendar } from "@/components/admin/DayCalendar";
import { getDayCalendar } from "@/lib/admin/calendar-queries";
import { requireSpaLocation } from "@/lib/admin/spa";
import { requirePageActor } from "@/lib/auth/page-guard";
import { localDate } from "@/lib/booking/schema";
import { addDays, getLocalDate } from "@/lib/scheduling";
import { cancelAppointmentAction, markAppointmentStatusAction } from "./actions";

export const metadata: Metadata = { title: "Calendar" };

export default async function CalendarPage({ searchParams }: { searchParams: Promise<{ date?: string | string[] }> }) {
  const actor = await requirePageActor("admin:manage-schedule", "/admin/calendar");
  const { date: raw } = await searchParams;
  const { timeZone } = await requireSpaLocation();
  const parsed = localDate.safeParse(raw);
  const date = parsed.success ? parsed.data : getLocalDate(new Date(), timeZone);
  const day = await getDayCalendar(actor, date);
  const heading = new Intl.DateTimeFormat("en-US", { dateStyle: "full", timeZone: "UTC" }).format(new Date(`${date}T00:00:00Z`));
  return (
    <div className="space-y-4">
      <p><Link href="/admin" className="text-brand-700 underline">← Admin</Link></p>
      <h1 className="text-2xl font-semibold">Calendar: {heading}</h1>
      <nav aria-label="Choose a day" className="flex flex-wrap items-end gap-3">
        <Link href={`/admin/calendar?date=${addDays(date, -1)}`} className="inline-flex min-h-11 items-center rounded-lg border border-stone-300 bg-white px-3">Previous day</Link>
        <Link href={`/admin/calendar?date=${addDays(date, 1)}`} className="inline-flex min-h-11 items-center rounded-lg border border-stone-300 bg-white px-3">Next day</Link>
        <form method="get" className="flex items-end gap-2">
          <div>
            <label htmlFor="calendar-date" className="block text-sm">Date</label>
            <input id="calendar-date" name="date" type="date" defaultValue={date} className="min-h-11 rounded-lg border border-stone-300 px-2" />
          </div>
          <button type="submit" className="min-h-11 rounded-lg bg-brand-700 px-3 text-white">Show</button>
        </form>
      </nav>
      <p className="text-sm text-stone-600">Times in the spa&apos;s zone ({timeZone}). Shaded blocks are buffers; grey is outside working hours (breaks included).</p>
      <DayCalendar day={day} markAction={markAppointmentStatusAction} cancelAction={cancelAppointmentAction} />
    </div>
  );
}
