import type { Metadata } from "next";
import Link from "next/link";
import { AppointmentFacts } from "@/components/booking/AppointmentFacts";
import { ChangeClosedNotice } from "@/components/booking/ChangeClosedNotice";
import { AddToCalendar } from "@/components/booking/AddToCalendar";
import { BeforeVisit } from "@/components/booking/BeforeVisit";
import { ReviewNotice } from "@/components/booking/ReviewNotice";
import { orNotFound, requirePageActor } from "@/lib/auth/page-guard";
import { getAppointment } from "@/lib/booking/queries";
import { getAppointmentIntakeGuidance } from "@/lib/booking/appointment-guidance";
import { bookAgainHref } from "@/lib/booking/book-again";
import { calendarAppointmentFor } from "@/lib/booking/calendar-event";
import { calendarLinks } from "@/lib/booking/calendar-links";
import { appOrigin } from "@/lib/notify/outbox";

export const metadata: Metadata = { title: "Appointment" };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

const NOTICES = {
  rescheduled: "Your appointment was moved. Here is the new time.",
  cancelled: "Your appointment was cancelled.",
} as const;

const buttonClass = "inline-flex min-h-11 items-center justify-center rounded-lg px-4 font-medium";

export default async function AppointmentPage({ params, searchParams }: Props) {
  const { id } = await params;
  const query = await searchParams;
  const actor = await requirePageActor("booking:view-appointment", `/account/appointments/${id}`);
  const appointment = await orNotFound(getAppointment(actor, id));
  const justBooked = query.booked === "1" && appointment.status === "BOOKED";
  const notice = query.rescheduled === "1" ? NOTICES.rescheduled : query.cancelled === "1" ? NOTICES.cancelled : null;
  const isUpcomingBooking = appointment.status === "BOOKED" && appointment.startsAt > new Date();
  const isClient = actor.role === "CLIENT";
  const guidance = isUpcomingBooking && isClient ? await getAppointmentIntakeGuidance(actor, appointment.id) : null;
  const bookAgain = isClient ? bookAgainHref(appointment) : null;

  return (
    <div className="max-w-2xl space-y-6">
      <header>
        <h1 className="text-2xl font-semibold tracking-tight">{justBooked ? "You're booked" : appointment.service.name}</h1>
        {justBooked && (
          <p className="mt-1 text-stone-700">
            See you soon, {actor.name}. We have saved this appointment in your account; add it to your calendar below.
          </p>
        )}
      </header>
      {notice && (
        <p role="status" className="rounded-lg border border-brand-100 bg-brand-50 px-3 py-2 text-brand-800">
          {notice}
        </p>
      )}
      <AppointmentFacts appointment={appointment} />
      {isUpcomingBooking && <ReviewNotice appointment={appointment} />}
      {guidance && <BeforeVisit appointment={appointment} guidance={guidance} />}
      <section aria-labelledby="manage-heading" className="space-y-3">
        <h2 id="manage-heading" className="text-lg font-semibold">
          Manage this appointment
        </h2>
        {isUpcomingBooking && (
          <AddToCalendar
            icsHref={`/api/v1/appointments/${appointment.id}.ics`}
            links={calendarLinks(calendarAppointmentFor(appointment, appOrigin()))}
          />
        )}
        <div className="flex flex-wrap gap-3">
          {bookAgain && (
            <Link href={bookAgain} className={`${buttonClass} bg-brand-700 text-white hover:bg-brand-800`}>
              Book again
            </Link>
          )}
          {appointment.canChange && (
            <Link
              href={`/account/appointments/${appointment.id}/reschedule`}
              className={`${buttonClass} border border-brand-700 text-brand-800 hover:bg-brand-50`}
            >
              Reschedule
            </Link>
          )}
          {appointment.canCancel && (
            <Link
              href={`/account/appointments/${appointment.id}/cancel`}
              className={`${buttonClass} border border-red-700 text-red-800 hover:bg-red-50`}
            >
              Cancel appointment
            </Link>
          )}
        </div>
        {isUpcomingBooking && !appointment.canChange && !appointment.review && <ChangeClosedNotice appointment={appointment} />}
        <p>
          <Link href="/account/appointments" className="inline-flex min-h-11 items-center font-medium text-brand-700 underline">
            All my appointments
          </Link>
        </p>
      </section>
    </div>
  );
}
