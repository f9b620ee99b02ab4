"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { defineAction } from "@/lib/actions/define-action";
import { cancelAppointment, rescheduleAppointment } from "@/lib/booking/change-commands";
import { findRescheduleAvailability } from "@/lib/booking/reschedule-availability";
import { cancelAppointmentSchema, rescheduleAppointmentSchema, rescheduleMonthSchema } from "@/lib/booking/schema";
import { monthRange } from "@/lib/dates/month";

/** Shows the changed appointment, with a notice of what happened. */
const showAppointment = (notice: "rescheduled" | "cancelled") => (appointment: { id: string }) => {
  revalidatePath("/account", "layout");
  redirect(`/account/appointments/${appointment.id}?${notice}=1`);
};

/**
 * The free times of one month an appointment could move to. The appointment's own time does not
 * block it; another client's id is simply not found.
 */
export const loadRescheduleMonthAction = defineAction({
  permission: "booking:change-appointment",
  schema: rescheduleMonthSchema,
  run: (actor, input) =>
    findRescheduleAvailability(
      actor,
      { appointmentId: input.appointmentId, ...monthRange(input.month), staffId: input.staff ?? undefined },
      new Date(),
    ),
});

/** Moves an appointment to a new time (atomically, in the command) and shows it. */
export const rescheduleAppointmentAction = defineAction({
  permission: "booking:change-appointment",
  schema: rescheduleAppointmentSchema,
  run: rescheduleAppointment,
  onSuccess: showAppointment("rescheduled"),
});

/** Cancels an appointment (inside the policy, enforced by the command) and shows it. */
export const cancelAppointmentAction = defineAction({
  permission: "booking:change-appointment",
  schema: cancelAppointmentSchema,
  run: cancelAppointment,
  onSuccess: showAppointment("cancelled"),
});
