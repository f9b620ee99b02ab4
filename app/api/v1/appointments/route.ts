import { parseBody } from "@/lib/api/request";
import { errorResponse, respondToError } from "@/lib/api/respond";
import { requireActor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/policy";
import { bookingRequestSchema, type appointmentResponseSchema } from "@/lib/booking/api-schema";
import { bookAppointment } from "@/lib/booking/book-command";
import { AppError } from "@/lib/errors/app-error";
import type { z } from "zod";

/**
 * POST /api/v1/appointments — a signed-in client books for themselves; the front desk and admins
 * book for a client named by `clientId` (outside the online notice and advance limits, and with
 * `overrideReason` past a contraindication BLOCK). 201, 409 with alternatives, 422 with field errors.
 */
export async function POST(request: Request): Promise<Response> {
  try {
    const actor = await requireActor();
    if (!can(actor, "booking:book-own") && !can(actor, "booking:book-for-client")) {
      throw new AppError("FORBIDDEN", "You don't have permission to do that.");
    }
    const parsed = await parseBody(request, bookingRequestSchema);
    if (!parsed.ok) return parsed.response;
    const { clientId, overrideReason, ...booking } = parsed.data;
    let appointment;
    if (actor.role === "CLIENT") {
      if (clientId && clientId !== actor.userId) throw new AppError("FORBIDDEN", "A client books only for themselves.");
      appointment = await bookAppointment(actor, booking);
    } else {
      if (!clientId) {
        return errorResponse({
          ok: false,
          code: "VALIDATION",
          message: "Name the client to book for.",
          fieldErrors: { clientId: ["Name the client to book for."] },
        });
      }
      appointment = await bookAppointment(actor, booking, new Date(), { client: { id: clientId }, overrideReason });
    }
    const body: z.output<typeof appointmentResponseSchema> = {
      appointment: {
        ...appointment,
        status: "BOOKED",
        startsAt: appointment.startsAt.toISOString(),
        endsAt: appointment.endsAt.toISOString(),
      },
    };
    return Response.json(body, { status: 201, headers: { Location: `/api/v1/appointments/${appointment.id}.ics` } });
  } catch (error) {
    return respondToError(error);
  }
}
