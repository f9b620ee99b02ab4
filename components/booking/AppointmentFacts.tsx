import type { AppointmentDetails } from "@/lib/booking/queries";
import { formatDuration } from "@/lib/format/duration";
import { formatPrice } from "@/lib/format/money";
import { describeTimeZone, formatInstant } from "@/lib/format/zoned";
import { appointmentStatusLabel } from "./appointment-status";
import { FactList, type Fact } from "./FactList";

/** Everything a client needs about one appointment, times in the spa's zone. */
export function AppointmentFacts({ appointment }: { appointment: AppointmentDetails }) {
  const { location, service } = appointment;
  const zone = location.timeZone;
  const facts: Fact[] = [
    { term: "Treatment", detail: `${service.name} (${formatDuration(service.durationMinutes)})` },
    {
      term: "When",
      detail: (
        <>
          {formatInstant(appointment.startsAt, zone)}{" "}
          <span className="text-sm text-stone-600">({describeTimeZone(zone, appointment.startsAt)})</span>
        </>
      ),
    },
    { term: "Esthetician", detail: appointment.staff.displayName },
    {
      term: "Where",
      detail: (
        <address className="not-italic">
          {location.name}
          <br />
          {location.address}
          <br />
          <a href={`tel:${location.phone.replace(/[^+\d]/g, "")}`} className="text-brand-700 underline">
            {location.phone}
          </a>{" "}
          ·{" "}
          <a href={`mailto:${location.email}`} className="text-brand-700 underline">
            {location.email}
          </a>
        </address>
      ),
    },
    { term: "Price", detail: formatPrice(appointment.priceCents, appointment.currency) },
    { term: "Status", detail: appointmentStatusLabel(appointment.status) },
  ];
  if (appointment.clientNotes) facts.push({ term: "Your notes", detail: appointment.clientNotes });
  if (appointment.status === "BOOKED" && appointment.canChange) {
    facts.push({
      term: "Changes",
      detail: `Free changes until ${location.cancellationWindowHours} hours before: reschedule or cancel online until ${formatInstant(appointment.changeDeadline, zone)}.`,
    });
  }
  if (appointment.cancellationReason) facts.push({ term: "Cancellation reason", detail: appointment.cancellationReason });
  return <FactList facts={facts} />;
}
