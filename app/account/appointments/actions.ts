"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { isMonth, monthRange } from "@/lib/dates/month";
import { requireActor } from "@/lib/auth/actor";
import type { Availability } from "@/lib/booking/availability";
import { cancelAppointment, rescheduleAppointment } from "@/lib/booking/change-commands";
import { findRescheduleAvailability } from "@/lib/booking/reschedule-availability";
import { availabilityQuerySchema, cancelAppointmentSchema, rescheduleAppointmentSchema } from "@/lib/booking/schema";
import type { ActionResult } from "@/lib/errors/app-error";
import { toActionResult, zodFieldErrors } from "@/lib/errors/to-action-result";

const INVALID = "Please correct the highlighted fields.";

/**
 * The free times of one month an appointment could move to (bound to its id by the page). The
 * appointment's own time does not block it; another client's id is simply not found.
 */
export async function loadRescheduleMonthAction(
  appointmentId: string,
  input: { staff: string | null; month: string },
): Promise<ActionResult<Availability>> {
  try {
    const actor = await requireActor("booking:change-appointment");
    if (!isMonth(input?.month)) return { ok: false, code: "VALIDATION", message: "Choose a month." };
    const parsed = availabilityQuerySchema.safeParse({
      service: appointmentId,
      ...monthRange(input.month),
      ...(input.staff ? { staff: input.staff } : {}),
    });
    if (!parsed.success) return { ok: false, code: "VALIDATION", message: INVALID, fieldErrors: zodFieldErrors(parsed.error) };
    const { from, to, staff } = parsed.data;
    return { ok: true, data: await findRescheduleAvailability(actor, { appointmentId, from, to, staffId: staff }, new Date()) };
  } catch (error) {
    return toActionResult(error);
  }
}

/** Moves an appointment to a new time (atomically, in the command) and shows it. */
export async function rescheduleAppointmentAction(input: unknown): Promise<ActionResult> {
  let appointmentId: string;
  try {
    const actor = await requireActor("booking:change-appointment");
    const parsed = rescheduleAppointmentSchema.safeParse(input);
    if (!parsed.success) return { ok: false, code: "VALIDATION", message: INVALID, fieldErrors: zodFieldErrors(parsed.error) };
    appointmentId = (await rescheduleAppointment(actor, parsed.data)).id;
  } catch (error) {
    return toActionResult(error);
  }
  revalidatePath("/account", "layout");
  redirect(`/account/appointments/${appointmentId}?rescheduled=1`);
}

/** Cancels an appointment (inside the policy, enforced by the command) and shows it. */
export async function cancelAppointmentAction(input: unknown): Promise<ActionResult> {
  let appointmentId: string;
  try {
    const actor = await requireActor("booking:change-appointment");
    const parsed = cancelAppointmentSchema.safeParse(input);
    if (!parsed.success) return { ok: false, code: "VALIDATION", message: INVALID, fieldErrors: zodFieldErrors(parsed.error) };
    appointmentId = (await cancelAppointment(actor, parsed.data)).id;
  } catch (error) {
    return toActionResult(error);
  }
  revalidatePath("/account", "layout");
  redirect(`/account/appointments/${appointmentId}?cancelled=1`);
}
