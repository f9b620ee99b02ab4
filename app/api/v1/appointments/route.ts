import { errorResponse, respondToError } from "@/lib/api/respond";
import { requireActor } from "@/lib/auth/actor";
import { bookAppointmentOnce } from "@/lib/booking/book-once";
import { bookAppointmentSchema } from "@/lib/booking/schema";
import { zodFieldErrors } from "@/lib/errors/to-action-result";
import { idempotencyKeySchema } from "@/lib/idempotency/schema";

/**
 * POST /api/v1/appointments — a signed-in client books: 201, 409 with alternatives, 422 with field
 * errors. With an Idempotency-Key header, a repeat of the same request gets the first answer.
 */
export async function POST(request: Request): Promise<Response> {
  try {
    const actor = await requireActor("booking:book-own");
    const body: unknown = await request.json().catch(() => null);
    const parsed = bookAppointmentSchema.safeParse(body ?? {});
    const header = request.headers.get("idempotency-key");
    const key = header === null ? undefined : idempotencyKeySchema.safeParse(header);
    if (!parsed.success || (key && !key.success)) {
      const fieldErrors = {
        ...(parsed.success ? {} : zodFieldErrors(parsed.error)),
        ...(key && !key.success ? { "Idempotency-Key": key.error.issues.map((issue) => issue.message) } : {}),
      };
      return errorResponse({ ok: false, code: "VALIDATION", message: "Check the highlighted fields.", fieldErrors });
    }
    const appointment = await bookAppointmentOnce(actor, parsed.data, key?.data);
    return Response.json(
      { appointment: { ...appointment, startsAt: appointment.startsAt.toISOString(), endsAt: appointment.endsAt.toISOString() } },
      { status: 201, headers: { Location: `/api/v1/appointments/${appointment.id}.ics` } },
    );
  } catch (error) {
    return respondToError(error);
  }
}
