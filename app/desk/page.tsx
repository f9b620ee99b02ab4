import type { Metadata } from "next";
import Link from "next/link";
import { appointmentStatusLabel } from "@/components/booking/appointment-status";
import { ArrivalActions } from "@/components/calendar/ArrivalActions";
import { DataTable } from "@/components/ui/DataTable";
import { requirePageActor } from "@/lib/auth/page-guard";
import { getToday, type Arrival } from "@/lib/booking/today-queries";
import { SEVERITY_LABELS } from "@/lib/contraindications/summary";
import { formatLocalDate } from "@/lib/format/calendar";
import { formatDuration } from "@/lib/format/duration";
import { formatTimeOfDay } from "@/lib/format/zoned";
import { checkInAction, sendIntakeLinkAction } from "./actions";

export const metadata: Metadata = { title: "Today" };

// Check-in opens two hours before a visit (lib/booking/status-rules.ts).
const CHECK_IN_OPENS_MS = 2 * 60 * 60_000;

/** The front desk's home: today's arrivals with check-in and intake status, and each esthetician's free gaps. */
export default async function TodayPage() {
  const actor = await requirePageActor("desk:view-today", "/desk");
  const now = new Date();
  const today = await getToday(actor, now);
  const time = (date: Date) => formatTimeOfDay(date, today.timeZone);
  const intakeText = (arrival: Arrival) =>
    [
      arrival.intake === "missing"
        ? "Intake missing"
        : arrival.intake === "expired"
          ? "Intake expired"
          : arrival.intake === "current"
            ? "Current"
            : "Not needed",
      arrival.flag ? `Flagged: ${SEVERITY_LABELS[arrival.flag]}` : null,
    ]
      .filter(Boolean)
      .join(" · ");
  return (
    <div className="space-y-8">
      <div className="flex flex-wrap items-baseline justify-between gap-3">
        <h1 className="text-2xl font-semibold">Today, {formatLocalDate(today.date, "weekday")}</h1>
        <Link href="/admin/calendar" className="inline-flex min-h-11 items-center font-medium text-brand-700 underline">
          Open the calendar
        </Link>
      </div>
      <section aria-labelledby="arrivals-heading" className="space-y-3">
        <h2 id="arrivals-heading" className="text-lg font-semibold">
          Arrivals ({today.arrivals.length})
        </h2>
        {today.arrivals.length === 0 ? (
          <p className="text-stone-700">No visits today.</p>
        ) : (
          <DataTable
            caption="Today's visits in time order"
            rows={today.arrivals}
            rowKey={(arrival) => arrival.id}
            rowHeader={{ header: "Time", label: (arrival) => `${time(arrival.startsAt)}–${time(arrival.endsAt)}` }}
            columns={[
              {
                header: "Client",
                cell: (arrival) => (
                  <>
                    <Link href={`/admin/clients/${arrival.clientId}`} className="font-medium text-brand-700 underline">
                      {arrival.clientName}
                    </Link>
                    {arrival.clientPhone && <span className="block text-xs text-stone-600">{arrival.clientPhone}</span>}
                  </>
                ),
              },
              { header: "Treatment", cell: (arrival) => `${arrival.serviceName} with ${arrival.staffName}` },
              { header: "Status", cell: (arrival) => appointmentStatusLabel(arrival.status) },
              { header: "Intake", cell: intakeText },
              {
                header: "Actions",
                cell: (arrival) => (
                  <ArrivalActions
                    appointmentId={arrival.id}
                    clientId={arrival.clientId}
                    clientName={arrival.clientName}
                    canCheckIn={arrival.status === "BOOKED" && now.getTime() >= arrival.startsAt.getTime() - CHECK_IN_OPENS_MS}
                    needsIntake={arrival.intake === "missing" || arrival.intake === "expired"}
                    checkIn={checkInAction}
                    sendIntakeLink={sendIntakeLinkAction}
                  />
                ),
              },
            ]}
          />
        )}
      </section>
      <section aria-labelledby="gaps-heading" className="space-y-3">
        <h2 id="gaps-heading" className="text-lg font-semibold">
          Free time left today
        </h2>
        <ul className="grid gap-4 md:grid-cols-3">
          {today.gaps.map((member) => (
            <li key={member.staffId} className="rounded-xl border border-stone-200 bg-white p-4">
              <h3 className="font-semibold">{member.name}</h3>
              {member.gaps.length === 0 ? (
                <p className="text-sm text-stone-600">No free time left today.</p>
              ) : (
                <ul className="mt-1 space-y-1 text-sm">
                  {member.gaps.map((gap) => (
                    <li key={gap.start.toISOString()}>
                      {time(gap.start)}–{time(gap.end)} ({formatDuration(gap.minutes)})
                    </li>
                  ))}
                </ul>
              )}
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
