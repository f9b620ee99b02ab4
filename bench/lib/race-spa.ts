import { hashPassword } from "../../lib/auth/password";
import type { Db } from "../../lib/db/client";

const EVERY_DAY_9_TO_5 = [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ weekday, startMinute: 540, endMinute: 1020 }));

/**
 * The booking-race bench's spa: New York, 10 estheticians working 9–5 daily, 10 rooms, one
 * 60-minute service with 15-minute buffers needing a room, and `clientCount` clients sharing
 * one password hash (hashing hundreds with argon2id would dominate the set-up).
 */
export async function createRaceSpa(db: Db, clientCount: number) {
  const location = await db.location.create({
    data: {
      name: "Race Spa",
      address: "1 Bench Street",
      timeZone: "America/New_York",
      phone: "+1 212 555 0100",
      email: "race@example.com",
      bookingPolicy: { create: { slotIntervalMinutes: 15, minNoticeMinutes: 60, maxAdvanceDays: 90, cancellationWindowHours: 24 } },
    },
  });
  const service = await db.service.create({
    data: {
      locationId: location.id,
      slug: "race-facial",
      name: "Race Facial",
      description: "Benchmark service",
      durationMinutes: 60,
      bufferBeforeMinutes: 15,
      bufferAfterMinutes: 15,
      priceCents: 10000,
      resourceRequirements: { create: [{ kind: "TREATMENT_ROOM", quantity: 1 }] },
    },
  });
  const passwordHash = await hashPassword("bench-password-not-used");
  const staffIds: string[] = [];
  for (let i = 0; i < 10; i++) {
    const user = await db.user.create({ data: { email: `staff${i}@race.test`, name: `Staff ${i}`, role: "ESTHETICIAN", passwordHash } });
    const profile = await db.staffProfile.create({
      data: {
        userId: user.id,
        locationId: location.id,
        displayName: user.name,
        startDate: new Date("2000-01-01T00:00:00Z"),
        services: { create: [{ serviceId: service.id }] },
        workingHours: { create: EVERY_DAY_9_TO_5 },
      },
    });
    staffIds.push(profile.id);
  }
  await db.resource.createMany({
    data: Array.from({ length: 10 }, (_, i) => ({ locationId: location.id, name: `Room ${i + 1}`, kind: "TREATMENT_ROOM" as const })),
  });
  await db.user.createMany({
    data: Array.from({ length: clientCount }, (_, i) => ({
      email: `client${i}@race.test`,
      name: `Client ${i}`,
      role: "CLIENT" as const,
      passwordHash,
    })),
  });
  const clients = await db.user.findMany({
    where: { role: "CLIENT" },
    orderBy: { email: "asc" },
    select: { id: true, email: true, name: true },
  });
  return { serviceId: service.id, staffIds, clients };
}

/** Pairs of occupying appointments of one esthetician or one room that overlap: must be zero. */
export async function countOverlaps(db: Db): Promise<number> {
  const [row] = await db.$queryRaw<{ overlaps: bigint }[]>`
    SELECT
      (SELECT count(*) FROM appointment a JOIN appointment b
         ON a.staff_id = b.staff_id AND a.id < b.id
        AND tstzrange(a.blocked_from, a.blocked_until) && tstzrange(b.blocked_from, b.blocked_until)
        WHERE a.status NOT IN ('CANCELLED', 'LATE_CANCELLED') AND b.status NOT IN ('CANCELLED', 'LATE_CANCELLED'))
    + (SELECT count(*) FROM appointment_resource a JOIN appointment_resource b
         ON a.resource_id = b.resource_id AND a.appointment_id < b.appointment_id
        AND tstzrange(a.blocked_from, a.blocked_until) && tstzrange(b.blocked_from, b.blocked_until)
        WHERE a.occupying AND b.occupying) AS overlaps`;
  return Number(row?.overlaps ?? 0);
}
