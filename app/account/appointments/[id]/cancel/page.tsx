import type { Metadata } from "next";
import Link from "next/link";
import { CancelForm } from "@/components/booking/CancelForm";
import { ChangeClosedNotice } from "@/components/booking/ChangeClosedNotice";
import { orNotFound, requirePageActor } from "@/lib/auth/page-guard";
import { getAppointment } from "@/lib/booking/queries";
import { formatInstant } from "@/lib/format/zoned";
import { cancelAppointmentAction } from "../../actions";

export const metadata: Metadata = { title: "Cancel appointment" };

export default async function CancelAppointmentPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await requirePageActor("booking:change-appointment", `/account/appointments/${id}/cancel`);
  const appointment = await orNotFound(getAppointment(actor, id));
  const when = formatInstant(appointment.startsAt, appointment.location.timeZone);
  return (
    <div className="max-w-xl space-y-5">
      <h1 className="text-2xl font-semibold tracking-tight">Cancel this appointment?</h1>
      <p className="text-stone-800">
        {appointment.service.name} with {appointment.staff.displayName} on {when}.
      </p>
      {appointment.review && appointment.canCancel && (
        <p className="text-stone-800">We asked to check this treatment with you, so cancelling it costs nothing, even at short notice.</p>
      )}
      {appointment.canCancel ? (
        <CancelForm appointmentId={appointment.id} action={cancelAppointmentAction} />
      ) : appointment.status === "BOOKED" ? (
        <ChangeClosedNotice appointment={appointment} />
      ) : (
        <p>This appointment can no longer be cancelled.</p>
      )}
      <p>
        <Link
          href={`/account/appointments/${appointment.id}`}
          className="inline-flex min-h-11 items-center font-medium text-brand-700 underline"
        >
          Back to the appointment
        </Link>
      </p>
    </div>
  );
}
