import { respondToError, validationErrorResponse } from "@/lib/api/respond";
import { requireActor } from "@/lib/auth/actor";
import { bookAppointment } from "@/lib/booking/book-command";
import { bookAppointmentSchema } from "@/lib/booking/schema";

/** POST /api/v1/appointments — a signed-in client books: 201, 409 with alternatives, 422 with field errors. */
export async function POST(request: Request): Promise<Response> {
  try {
    const actor = await requireActor("booking:book-own");
    const body: unknown = await request.json().catch(() => null);
    const parsed = bookAppointmentSchema.safeParse(body ?? {});
    if (!parsed.success) {
      return validationErrorResponse(parsed.error);
    }
    const appointment = await bookAppointment(actor, parsed.data);
    return Response.json(
      { appointment: { ...appointment, startsAt: appointment.startsAt.toISOString(), endsAt: appointment.endsAt.toISOString() } },
      { status: 201, headers: { Location: `/api/v1/appointments/${appointment.id}.ics` } },
    );
  } catch (error) {
    return respondToError(error);
  }
}
