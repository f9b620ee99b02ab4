import "server-only";
import { poolSizeFromEnv } from "@/lib/db/client";
import { Admission } from "./admission";

/**
 * Bounded waits (docs/decisions/0025): at most this long for a turn in this instance's booking
 * queue (the largest burst we measure, 1,000 at once, drained without a 503 on two cores), for a
 * pooled connection to start the transaction (Prisma's maxWait), for the day's booking lock, for
 * the whole transaction, and for the first of a burst for the same time to be answered before this
 * request goes on without its answer (lib/booking/same-time.ts); one attempt stays under the 60 s
 * a reverse proxy allows by default. Past them a booking is answered at once: 409 with
 * alternatives when the time is gone meanwhile, else 503 with Retry-After. Never a 500, never an
 * unbounded queue.
 */
export const BOOKING_WAITS = { turnMs: 30_000, connectionMs: 5_000, lockMs: 5_000, transactionMs: 10_000, leaderMs: 5_000 } as const;

// Booking transactions of this instance, at most pool size − 2 at once (the rest of the pool stays
// for reads); others wait their turn here, at most BOOKING_WAITS.turnMs (lib/booking/admission.ts).
const shared = globalThis as unknown as { glowbookBookingAdmission?: Admission };
export function bookingAdmission(): Admission {
  shared.glowbookBookingAdmission ??= new Admission(Math.max(1, poolSizeFromEnv() - 2));
  return shared.glowbookBookingAdmission;
}
