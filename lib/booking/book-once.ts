import "server-only";
import { assertCan } from "@/lib/auth/assert-can";
import type { Actor } from "@/lib/auth/policy";
import { runOnce, type Codec } from "@/lib/idempotency/run-once";
import { bookAppointment, type BookedAppointment, type StaffBookingOptions } from "./book-command";
import type { bookAppointmentSchema } from "./schema";
import type { z } from "zod";

type BookInput = z.output<typeof bookAppointmentSchema>;

const appointmentCodec: Codec<BookedAppointment> = {
  encode: (appointment) => ({ ...appointment, startsAt: appointment.startsAt.toISOString(), endsAt: appointment.endsAt.toISOString() }),
  decode: (stored) => {
    const appointment = stored as Omit<BookedAppointment, "startsAt" | "endsAt"> & { startsAt: string; endsAt: string };
    return { ...appointment, startsAt: new Date(appointment.startsAt), endsAt: new Date(appointment.endsAt) };
  },
};

/**
 * Books once per key (the API's Idempotency-Key header, the form's token): a client that lost the
 * answer and sends the same request again gets the first answer — the same appointment, or the
 * same refusal — never a second booking (docs/decisions/0017). Without a key it is bookAppointment.
 * A desk booking's client and override are part of the request, so reusing its key for another
 * client is refused like any other changed body.
 */
export async function bookAppointmentOnce(
  actor: Actor,
  input: BookInput,
  key: string | undefined,
  now = new Date(),
  staff?: StaffBookingOptions,
) {
  if (!key) return bookAppointment(actor, input, now, staff);
  assertCan(actor, staff ? "booking:book-for-client" : "booking:book-own");
  const { requestKey: _formToken, ...booking } = input;
  const body = staff ? { ...booking, staff } : booking;
  return runOnce({ userId: actor.userId, scope: "booking", key, body }, appointmentCodec, (complete) =>
    bookAppointment(actor, input, now, staff, complete),
  );
}
