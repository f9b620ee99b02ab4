import type { Metadata } from "next";
import Link from "next/link";
import { ChangeClosedNotice } from "@/components/booking/ChangeClosedNotice";
import { RescheduleForm } from "@/components/booking/RescheduleForm";
import { SlotPicker } from "@/components/booking/SlotPicker";
import { StepHeading } from "@/components/booking/StepHeading";
import { orNotFound, requirePageActor } from "@/lib/auth/page-guard";
import { getAppointment } from "@/lib/booking/queries";
import { isoInstant, localDate } from "@/lib/validation/fields";
import { getBookingContext } from "@/lib/booking/staff-options";
import { formatInstant } from "@/lib/format/zoned";
import { addDays, getLocalDate } from "@/lib/dates/local-date";
import { loadRescheduleMonthAction, rescheduleAppointmentAction } from "../../actions";

export const metadata: Metadata = { title: "Reschedule appointment" };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

const linkClass = "inline-flex min-h-11 items-center rounded-lg border px-3 text-sm font-medium";

export default async function ReschedulePage({ params, searchParams }: Props) {
  const { id } = await params;
  const query = await searchParams;
  const actor = await requirePageActor("booking:change-appointment", `/account/appointments/${id}/reschedule`);
  const appointment = await orNotFound(getAppointment(actor, id));
  const context = await getBookingContext(appointment.service.id);
  const zone = appointment.location.timeZone;
  const base = `/account/appointments/${appointment.id}/reschedule`;
  const staffParam = typeof query.staff === "string" ? query.staff : appointment.staff.id;
  const chosen = staffParam === "any" ? null : context?.staff.find((s) => s.id === staffParam);
  const staffId = chosen ? chosen.id : null;
  const staffName = chosen ? chosen.displayName : "Any esthetician";
  const date = typeof query.date === "string" && localDate.safeParse(query.date).success ? query.date : null;
  const time = typeof query.time === "string" && isoInstant.safeParse(query.time).success ? query.time : null;
  const hrefFor = (staff: string) => `${base}?${new URLSearchParams({ staff })}`;

  return (
    <div className="space-y-5">
      <header>
        <h1 className="text-2xl font-semibold tracking-tight">Reschedule: {appointment.service.name}</h1>
        <p className="mt-1 text-stone-700">
          Currently {formatInstant(appointment.startsAt, zone)} with {appointment.staff.displayName}.
        </p>
      </header>
      {!appointment.canChange || !context ? (
        appointment.status === "BOOKED" && !context ? (
          <p>This treatment is no longer offered online. Please call {appointment.location.phone} to move it.</p>
        ) : appointment.status === "BOOKED" ? (
          <ChangeClosedNotice appointment={appointment} />
        ) : (
          <p>This appointment can no longer be changed.</p>
        )
      ) : time ? (
        <section aria-labelledby="step-heading" className="max-w-2xl space-y-4">
          <StepHeading key="confirm" id="step-heading">
            Confirm the new time
          </StepHeading>
          <RescheduleForm
            defaultValues={{ appointmentId: appointment.id, staffId, startsAt: time }}
            currentStartsAt={appointment.startsAt.toISOString()}
            staffName={staffName}
            timeZone={zone}
            action={rescheduleAppointmentAction}
          />
          <Link
            href={`${hrefFor(staffParam)}${date ? `&date=${date}` : ""}`}
            className="inline-flex min-h-11 items-center font-medium text-brand-700 underline"
          >
            Choose another time
          </Link>
        </section>
      ) : (
        <section aria-labelledby="step-heading" className="space-y-4">
          <StepHeading key="choose" id="step-heading">
            Choose a new day and time
          </StepHeading>
          <p id="staff-choice" className="text-sm font-medium text-stone-800">
            Esthetician
          </p>
          <nav aria-labelledby="staff-choice" className="flex flex-wrap gap-2">
            {[{ id: "any", displayName: "Any esthetician" }, ...context.staff].map((person) => {
              const current = (person.id === "any" && !chosen) || person.id === chosen?.id;
              return (
                <Link
                  key={person.id}
                  href={hrefFor(person.id)}
                  aria-current={current ? "true" : undefined}
                  className={`${linkClass} ${current ? "border-brand-700 bg-brand-700 text-white" : "border-stone-300 hover:bg-stone-100"}`}
                >
                  {person.displayName}
                </Link>
              );
            })}
          </nav>
          <SlotPicker
            key={staffParam}
            query={{ appointmentId: appointment.id }}
            staffId={staffId}
            timeZone={zone}
            today={getLocalDate(new Date(), zone)}
            lastDate={addDays(getLocalDate(new Date(), zone), context.policy.maxAdvanceDays)}
            initialDate={date}
            selectedTime={appointment.startsAt.toISOString()}
            baseHref={hrefFor(staffParam)}
            loadMonth={loadRescheduleMonthAction}
          />
        </section>
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
