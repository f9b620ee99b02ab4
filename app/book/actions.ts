"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { isMonth, monthRange } from "@/lib/dates/month";
import { requireActor } from "@/lib/auth/actor";
import { findAvailability, type Availability } from "@/lib/booking/availability";
import { bookAppointment } from "@/lib/booking/book-command";
import { availabilityQuerySchema, bookAppointmentSchema } from "@/lib/booking/schema";
import type { ActionResult } from "@/lib/errors/app-error";
import { toActionResult, zodFieldErrors } from "@/lib/errors/to-action-result";

export type MonthAvailabilityInput = { service: string; staff: string | null; month: string };

/** The free times of one month, for the picker. Public, like GET /api/v1/availability. */
export async function loadMonthAvailabilityAction(input: MonthAvailabilityInput): Promise<ActionResult<Availability>> {
  try {
    if (!isMonth(input?.month)) return { ok: false, code: "VALIDATION", message: "Choose a month." };
    const parsed = availabilityQuerySchema.safeParse({
      service: input.service,
      ...monthRange(input.month),
      ...(input.staff ? { staff: input.staff } : {}),
    });
    if (!parsed.success) {
      return { ok: false, code: "VALIDATION", message: "That selection is not valid.", fieldErrors: zodFieldErrors(parsed.error) };
    }
    return { ok: true, data: await findAvailability(parsed.data, new Date()) };
  } catch (error) {
    return toActionResult(error);
  }
}

/** Books the reviewed slot for the signed-in client and goes to the confirmation page. */
export async function bookAppointmentAction(input: unknown): Promise<ActionResult> {
  let appointmentId: string;
  try {
    const actor = await requireActor("booking:book-own");
    const parsed = bookAppointmentSchema.safeParse(input);
    if (!parsed.success) {
      return { ok: false, code: "VALIDATION", message: "Please correct the highlighted fields.", fieldErrors: zodFieldErrors(parsed.error) };
    }
    appointmentId = (await bookAppointment(actor, parsed.data)).id;
  } catch (error) {
    return toActionResult(error);
  }
  // Outside the try: redirect() works by throwing, and the mapper must not swallow it.
  revalidatePath("/account", "layout");
  redirect(`/account/appointments/${appointmentId}?booked=1`);
}
