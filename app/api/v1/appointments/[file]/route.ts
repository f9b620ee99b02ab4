import { respondToError } from "@/lib/api/respond";
import { requireActor } from "@/lib/auth/actor";
import { calendarAppointmentFor } from "@/lib/booking/calendar-event";
import { buildAppointmentIcs } from "@/lib/booking/ics";
import { getAppointment } from "@/lib/booking/queries";
import { AppError } from "@/lib/errors/app-error";

/** GET /api/v1/appointments/<id>.ics — the calendar file, for whoever may see the appointment. */
export async function GET(request: Request, { params }: { params: Promise<{ file: string }> }): Promise<Response> {
  try {
    const { file } = await params;
    const id = file.endsWith(".ics") ? file.slice(0, -4) : null;
    if (!id) throw new AppError("NOT_FOUND", "That appointment was not found.");
    const actor = await requireActor("booking:view-appointment");
    const appointment = await getAppointment(actor, id);
    const origin = process.env.NEXTAUTH_URL ?? new URL(request.url).origin;
    const ics = buildAppointmentIcs(calendarAppointmentFor(appointment, origin));
    return new Response(ics, {
      headers: {
        "Content-Type": "text/calendar; charset=utf-8",
        "Content-Disposition": `attachment; filename="glowbook-${appointment.id.slice(0, 8)}.ics"`,
        "Cache-Control": "private, no-store",
      },
    });
  } catch (error) {
    return respondToError(error);
  }
}
