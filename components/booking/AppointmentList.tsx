import Link from "next/link";
import type { AppointmentDetails } from "@/lib/booking/queries";
import { bookAgainHref } from "@/lib/booking/book-again";
import { formatInstant } from "@/lib/format/zoned";
import { appointmentStatusLabel } from "./appointment-status";

type Props = {
  appointments: AppointmentDetails[];
  headingLevel?: "h3" | "h4";
  empty: React.ReactNode;
  showStatus?: boolean;
  /** The client's own list: a cancelled visit offers to book the same treatment again. */
  offerBookAgain?: boolean;
};

/** A list of appointments: what, when (in the spa's zone), with whom, and a link to manage each. */
export function AppointmentList({ appointments, headingLevel: Heading = "h3", empty, showStatus = false, offerBookAgain = false }: Props) {
  if (appointments.length === 0) return <div className="text-stone-700">{empty}</div>;
  return (
    <ul className="space-y-3">
      {appointments.map((appointment) => {
        const when = formatInstant(appointment.startsAt, appointment.location.timeZone);
        // The visible text starts the accessible name (label in name); the rest tells the links apart.
        const linkText = appointment.canChange ? "View, reschedule or cancel" : "View details";
        const bookAgain = offerBookAgain ? bookAgainHref(appointment) : null;
        return (
          <li key={appointment.id} className="rounded-xl border border-stone-200 bg-white p-4">
            <Heading className="font-semibold">{appointment.service.name}</Heading>
            <p className="text-stone-700">
              {when} · with {appointment.staff.displayName}
            </p>
            {showStatus && <p className="text-sm font-medium text-stone-700">Status: {appointmentStatusLabel(appointment.status)}</p>}
            <Link
              href={`/account/appointments/${appointment.id}`}
              aria-label={`${linkText}: ${appointment.service.name}, ${when}`}
              className="mt-1 inline-flex min-h-11 items-center font-medium text-brand-700 underline"
            >
              {linkText}
            </Link>
            {bookAgain && (
              <Link
                href={bookAgain}
                aria-label={`Book again: ${appointment.service.name} with ${appointment.staff.displayName}`}
                className="mt-1 ml-4 inline-flex min-h-11 items-center font-medium text-brand-700 underline"
              >
                Book again
              </Link>
            )}
          </li>
        );
      })}
    </ul>
  );
}
