import { db } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/policy";
import { createEsthetician, createLocation, createService } from "./spa";
import { createUser } from "./users";

export const asActor = (user: { id: string; role: Actor["role"]; email: string | null; name: string }): Actor => ({
  userId: user.id,
  role: user.role,
  email: user.email ?? "",
  name: user.name,
});

const EVERY_DAY_9_TO_5 = [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ weekday, startMinute: 540, endMinute: 1020 }));

/**
 * A small bookable spa in America/New_York: one 60-minute service (buffers 10/15) needing a
 * treatment room, `staffCount` estheticians working 9–5 every day, `roomCount` rooms.
 */
export async function createBookableSpa(options: { staffCount?: number; roomCount?: number; cancellationWindowHours?: number } = {}) {
  const location = await createLocation({ timeZone: "America/New_York" });
  await db.bookingPolicy.update({
    where: { locationId: location.id },
    data: {
      slotIntervalMinutes: 15,
      minNoticeMinutes: 120,
      maxAdvanceDays: 90,
      cancellationWindowHours: options.cancellationWindowHours ?? 24,
    },
  });
  const service = await createService(location.id, { durationMinutes: 60 });
  await db.serviceResourceRequirement.create({ data: { serviceId: service.id, kind: "TREATMENT_ROOM", quantity: 1 } });
  const staff = [];
  for (let i = 0; i < (options.staffCount ?? 1); i++) {
    staff.push(await createEsthetician(location.id, { serviceIds: [service.id], hours: EVERY_DAY_9_TO_5 }));
  }
  const rooms = [];
  for (let i = 0; i < (options.roomCount ?? 1); i++) {
    rooms.push(await db.resource.create({ data: { locationId: location.id, name: `Room ${i + 1}`, kind: "TREATMENT_ROOM" } }));
  }
  const { user: client } = await createUser({ role: "CLIENT" });
  const { user: admin } = await createUser({ role: "ADMIN" });
  return { location, service, staff, rooms, client, clientActor: asActor(client), adminActor: asActor(admin) };
}

/** `count` client accounts at once (one statement), as actors: the many people of a burst. */
export async function createClientActors(count: number): Promise<Actor[]> {
  const tag = Math.random().toString(36).slice(2, 8);
  await db.user.createMany({
    data: Array.from({ length: count }, (_, i) => ({
      email: `client-${tag}-${i}@example.test`,
      name: `Client ${i}`,
      role: "CLIENT" as const,
    })),
  });
  const rows = await db.user.findMany({
    where: { email: { startsWith: `client-${tag}-` } },
    select: { id: true, email: true, name: true, role: true },
  });
  return rows.map((row) => asActor(row));
}
