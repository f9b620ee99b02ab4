import { afterAll, describe, expect, test } from "vitest";
import { errorResponse } from "@/lib/api/respond";
import { bookAppointment } from "@/lib/booking/book-command";
import { BOOKING_WAITS } from "@/lib/booking/booking-waits";
import { createDb, db, type Db } from "@/lib/db/client";
import { toActionResult } from "@/lib/errors/to-action-result";
import { asActor, createBookableSpa, createClientActors } from "../factories/booking-spa";

// This file's app instance gets a pool of THREE connections (DATABASE_POOL_SIZE=3), so a burst
// exhausts it: the regression behind issue 13's 5xx (Prisma P2028, "unable to start a transaction").
const shared = globalThis as unknown as { glowbookDb?: Db };
shared.glowbookDb = createDb(process.env.DATABASE_URL!, { poolSize: 3 });
afterAll(async () => {
  await shared.glowbookDb?.$disconnect();
  delete shared.glowbookDb;
});

// Monday 2030-03-04, 07:00 in New York; Tuesday 10:00 EST is 15:00Z.
const now = new Date("2030-03-04T12:00:00Z");
const tuesday = "2030-03-05";
const hour = (h: number) => new Date(Date.UTC(2030, 2, 5, h + 5)).toISOString();

type Outcome = { status: number; retryAfter: string | null; alternatives?: unknown; appointmentId?: string };

/** Books, then answers as the API would: 201, or the status and headers of the mapped error. */
async function attempt(actor: ReturnType<typeof asActor>, serviceId: string, startsAt: string): Promise<Outcome> {
  try {
    const booked = await bookAppointment(actor, { serviceId, staffId: null, startsAt, clientNotes: "" }, now);
    return { status: 201, retryAfter: null, appointmentId: booked.id };
  } catch (error) {
    const failure = toActionResult(error);
    const response = errorResponse(failure);
    return {
      status: response.status,
      retryAfter: response.headers.get("retry-after"),
      alternatives: (failure.data as { alternatives?: unknown } | undefined)?.alternatives,
    };
  }
}

async function overlaps(locationId: string): Promise<number> {
  const [row] = await db.$queryRaw<{ n: bigint }[]>`
    SELECT (SELECT count(*) FROM appointment a JOIN appointment b ON a.staff_id = b.staff_id AND a.id < b.id
              AND tstzrange(a.blocked_from, a.blocked_until) && tstzrange(b.blocked_from, b.blocked_until)
            WHERE a.location_id = ${locationId}::uuid AND a.status NOT IN ('CANCELLED', 'LATE_CANCELLED') AND b.status NOT IN ('CANCELLED', 'LATE_CANCELLED'))
         + (SELECT count(*) FROM appointment_resource a JOIN appointment_resource b ON a.resource_id = b.resource_id AND a.appointment_id < b.appointment_id
              AND tstzrange(a.blocked_from, a.blocked_until) && tstzrange(b.blocked_from, b.blocked_until)
            JOIN appointment x ON x.id = a.appointment_id
            WHERE x.location_id = ${locationId}::uuid AND a.occupying AND b.occupying) AS n`;
  return Number(row!.n);
}

describe("a burst on an exhausted pool", () => {
  test("no 500: each request books, gets 409 with alternatives, or 503 with Retry-After; nothing lost, nothing overlapping", async () => {
    const spa = await createBookableSpa({ staffCount: 3, roomCount: 3 });
    const actors = await createClientActors(48);
    const times = [hour(10), hour(10), hour(12), hour(14)];
    // Another writer holds the day's booking lock, and one of the three connections, for longer
    // than a booking waits for the lock or a connection; everything else queues for the other two.
    const holdSeconds = (Math.max(BOOKING_WAITS.lockMs, BOOKING_WAITS.connectionMs) + 2_000) / 1000;
    const holder = db.$transaction(
      async (tx) => {
        await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${`booking:${spa.location.id}:${tuesday}`}, 0))`;
        await tx.$executeRaw`SELECT pg_sleep(${holdSeconds})`;
      },
      { timeout: 30_000 },
    );
    const outcomes = await Promise.all(actors.map((actor, i) => attempt(actor, spa.service.id, times[i % times.length]!)));
    await holder;

    expect(outcomes.filter((o) => o.status >= 500 && o.status !== 503)).toEqual([]);
    for (const outcome of outcomes) {
      expect([201, 409, 503]).toContain(outcome.status);
      if (outcome.status === 409) expect(Array.isArray(outcome.alternatives)).toBe(true);
      if (outcome.status === 503) expect(Number(outcome.retryAfter)).toBeGreaterThan(0);
    }
    // The lock outlasted every bounded wait, so the burst was refused with "come back", not queued forever.
    expect(outcomes.some((o) => o.status === 503)).toBe(true);

    // Coming back as told: every 503 now books or is told the time is gone, with alternatives.
    const retried = await Promise.all(
      outcomes.map((outcome, i) => (outcome.status === 503 ? attempt(actors[i]!, spa.service.id, times[i % times.length]!) : outcome)),
    );
    expect(retried.map((o) => o.status).filter((status) => status !== 201 && status !== 409)).toEqual([]);

    // Nothing lost: exactly the 201s are in the database, none overlaps, and every time was booked
    // as often as three estheticians and three rooms allow (10:00 three times at most).
    const booked = retried.filter((o) => o.status === 201).map((o) => o.appointmentId!);
    const rows = await db.appointment.findMany({ where: { locationId: spa.location.id }, select: { id: true, startsAt: true } });
    expect(rows.map((row) => row.id).sort()).toEqual([...booked].sort());
    expect(await overlaps(spa.location.id)).toBe(0);
    for (const time of new Set(times)) expect(rows.filter((row) => row.startsAt.toISOString() === time).length).toBeGreaterThan(0);
  }, 90_000);
});
