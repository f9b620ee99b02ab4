import { readJsonBody } from "@/lib/api/request";
import { errorResponse, respondToError } from "@/lib/api/respond";
import { requireActor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/policy";
import { bookingRequestSchema, type appointmentResponseSchema } from "@/lib/booking/api-schema";
import { bookAppointmentOnce } from "@/lib/booking/book-once";
import { AppError } from "@/lib/errors/app-error";
import { zodFieldErrors } from "@/lib/errors/to-action-result";
import { idempotencyKeySchema } from "@/lib/idempotency/schema";
import type { z } from "zod";

/**
 * POST /api/v1/appointments — a signed-in client books for themselves; the front desk and admins
 * book for a client named by `clientId` (outside the online notice and advance limits, and with
 * `overrideReason` past a contraindication BLOCK). 201, 409 with alternatives, 422 with field errors.
 * With an Idempotency-Key header, a repeat of the same request gets the first answer.
 */
export async function POST(request: Request): Promise<Response> {
  try {
    const actor = await requireActor();
    if (!can(actor, "booking:book-own") && !can(actor, "booking:book-for-client")) {
      throw new AppError("FORBIDDEN", "You don't have permission to do that.");
    }
    const body = await readJsonBody(request);
    if (!body.ok) return body.response;
    const parsed = bookingRequestSchema.safeParse(body.data);
    const header = request.headers.get("idempotency-key");
    const key = header === null ? undefined : idempotencyKeySchema.safeParse(header);
    if (!parsed.success || (key && !key.success)) {
      const fieldErrors = {
        ...(parsed.success ? {} : zodFieldErrors(parsed.error)),
        ...(key && !key.success ? { "Idempotency-Key": key.error.issues.map((issue) => issue.message) } : {}),
      };
      return errorResponse({ ok: false, code: "VALIDATION", message: "Check the highlighted fields.", fieldErrors });
    }
    const { clientId, overrideReason, overlapReason, ...booking } = parsed.data;
    let appointment;
    if (actor.role === "CLIENT") {
      if (clientId && clientId !== actor.userId) throw new AppError("FORBIDDEN", "A client books only for themselves.");
      appointment = await bookAppointmentOnce(actor, booking, key?.data);
    } else {
      if (!clientId) {
        return errorResponse({
          ok: false,
          code: "VALIDATION",
          message: "Name the client to book for.",
          fieldErrors: { clientId: ["Name the client to book for."] },
        });
      }
      appointment = await bookAppointmentOnce(actor, booking, key?.data, new Date(), {
        client: { id: clientId },
        overrideReason,
        overlapReason,
      });
    }
    const response: z.output<typeof appointmentResponseSchema> = {
      appointment: {
        ...appointment,
        status: "BOOKED",
        startsAt: appointment.startsAt.toISOString(),
        endsAt: appointment.endsAt.toISOString(),
      },
    };
    return Response.json(response, { status: 201, headers: { Location: `/api/v1/appointments/${appointment.id}.ics` } });
  } catch (error) {
    return respondToError(error);
  }
}
