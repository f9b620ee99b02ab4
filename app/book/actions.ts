"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { defineAction, definePublicAction } from "@/lib/actions/define-action";
import { findAvailability } from "@/lib/booking/availability";
import { bookAppointmentOnce } from "@/lib/booking/book-once";
import { bookAppointmentSchema, monthAvailabilitySchema } from "@/lib/booking/schema";
import { monthRange } from "@/lib/dates/month";
import { joinWaitlist } from "@/lib/waitlist/commands";
import { joinWaitlistSchema } from "@/lib/waitlist/schema";

/** The free times of one month, for the picker. Public, like GET /api/v1/availability. */
export const loadMonthAvailabilityAction = definePublicAction({
  schema: monthAvailabilitySchema,
  invalidMessage: "That selection is not valid.",
  run: (input) => findAvailability({ service: input.service, ...monthRange(input.month), staff: input.staff ?? undefined }, new Date()),
});

/**
 * Books the reviewed slot for the signed-in client and goes to the confirmation page. The form's
 * token makes a second press after a lost answer return the same booking.
 */
export const bookAppointmentAction = defineAction({
  permission: "booking:book-own",
  schema: bookAppointmentSchema,
  run: (actor, input) => bookAppointmentOnce(actor, input, input.requestKey),
  onSuccess: (appointment) => {
    revalidatePath("/account", "layout");
    redirect(`/account/appointments/${appointment.id}?booked=1`);
  },
});

/** The signed-in client joins the waitlist when nothing fits (the form then goes to /account/waitlist). */
export const joinWaitlistAction = defineAction({
  permission: "waitlist:join-own",
  schema: joinWaitlistSchema,
  run: (actor, input) => joinWaitlist(actor, input),
  onSuccess: () => revalidatePath("/account/waitlist"),
});
