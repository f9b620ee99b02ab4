import type { AppointmentDetails } from "@/lib/booking/queries";
import { formatInstant } from "@/lib/format/zoned";

/** Why an upcoming appointment can no longer be changed online, and how to reach the spa. */
export function ChangeClosedNotice({ appointment }: { appointment: AppointmentDetails }) {
  const { location } = appointment;
  return (
    <div className="rounded-xl border border-amber-200 bg-amber-50 p-4 text-stone-800">
      <p className="font-medium">Online changes have closed for this appointment.</p>
      <p className="mt-1">
        Appointments can be rescheduled or cancelled online until {location.cancellationWindowHours} hours before they start (for this one,
        until {formatInstant(appointment.changeDeadline, location.timeZone)}). To change it now, please call{" "}
        <a href={`tel:${location.phone.replace(/[^+\d]/g, "")}`} className="font-medium text-brand-700 underline">
          {location.phone}
        </a>{" "}
        or email{" "}
        <a href={`mailto:${location.email}`} className="font-medium text-brand-700 underline">
          {location.email}
        </a>
        .
      </p>
    </div>
  );
}
