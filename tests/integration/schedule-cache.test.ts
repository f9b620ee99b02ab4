import { afterAll, describe, expect, test } from "vitest";
import { GET } from "@/app/api/v1/availability/route";
import { findAvailability, type ScheduleReader } from "@/lib/booking/availability";
import { bookAppointment } from "@/lib/booking/book-command";
import { cancelAppointment } from "@/lib/booking/change-commands";
import { ScheduleCache } from "@/lib/booking/schedule-cache";
import { setResourceActive } from "@/lib/catalog/resource-commands";
import { createDb, db } from "@/lib/db/client";
import { addDays, getLocalDate } from "@/lib/dates/local-date";
import { addTimeOff, replaceWeeklyHours } from "@/lib/staff/hours-commands";
import { timeOffSchema, weeklyHoursSchema } from "@/lib/staff/hours-schema";
import { createBookableSpa } from "../factories/booking-spa";

// Monday 2030-03-04, 07:00 in New York; Tuesday 10:00 EST is 15:00Z.
const now = new Date("2030-03-04T12:00:00Z");
const tuesday = "2030-03-05";
const tuesdayTen = "2030-03-05T15:00:00.000Z";

// A second app instance: its own connection pool and its own cache. It hears of nothing the
// first instance (the shared `db`, through which every command writes) does, except through the
// database: the schedule version its next read finds.
const otherClient = createDb(process.env.DATABASE_URL!);
const otherInstance: ScheduleReader = { client: otherClient, cache: new ScheduleCache() };
afterAll(() => otherClient.$disconnect());

/** What a fresh instance with an empty cache answers: the exact answer. */
const exact = (query: Parameters<typeof findAvailability>[0]) => findAvailability(query, now, { client: db, cache: new ScheduleCache() });

describe("the schedule cache across two instances", () => {
  test("a booking, a cancel, an hours change, time off and a resource change each make the next answer exact on both", async () => {
    const spa = await createBookableSpa({ staffCount: 2, roomCount: 1 });
    const query = { service: spa.service.slug, from: tuesday, to: tuesday };
    const [ava, noah] = spa.staff.map((member) => member.profile.id) as [string, string];
    let previous = await findAvailability(query, now, otherInstance);
    await findAvailability(query, now);

    /** After a write: both instances (which cached the answer before it) agree with a fresh load, and the answer moved. */
    const expectExactAfterWrite = async (what: string) => {
      const fresh = await exact(query);
      const there = await findAvailability(query, now, otherInstance);
      const here = await findAvailability(query, now);
      expect(there, what).toEqual(fresh);
      expect(here, what).toEqual(fresh);
      expect(fresh, `${what} changed the answer`).not.toEqual(previous);
      previous = fresh;
      return fresh;
    };

    const booked = await bookAppointment(
      spa.clientActor,
      { serviceId: spa.service.id, staffId: null, startsAt: tuesdayTen, clientNotes: "" },
      now,
    );
    const afterBooking = await expectExactAfterWrite("a booking");
    // One room: the booked hour is gone for everyone.
    expect(afterBooking.slots.map((slot) => slot.start)).not.toContain(tuesdayTen);

    await cancelAppointment(spa.clientActor, { appointmentId: booked.id, reason: "" }, now);
    const afterCancel = await expectExactAfterWrite("a cancel");
    expect(afterCancel.slots.find((slot) => slot.start === tuesdayTen)?.staffIds.sort()).toEqual([ava, noah].sort());

    const mornings = [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ weekday, start: "09:00", end: "12:00" }));
    await replaceWeeklyHours(spa.adminActor, weeklyHoursSchema.parse({ staffId: ava, ranges: mornings }), now);
    const afterHours = await expectExactAfterWrite("an hours change");
    expect(afterHours.slots.find((slot) => slot.start === "2030-03-05T19:00:00.000Z")?.staffIds).toEqual([noah]);

    await addTimeOff(spa.adminActor, timeOffSchema.parse({ staffId: noah, from: `${tuesday}T09:00`, to: `${tuesday}T11:00` }), now);
    const afterTimeOff = await expectExactAfterWrite("time off");
    expect(afterTimeOff.slots.find((slot) => slot.start === "2030-03-05T14:30:00.000Z")?.staffIds).toEqual([ava]);

    await setResourceActive(spa.adminActor, { resourceId: spa.rooms[0]!.id, active: false }, now);
    const afterResource = await expectExactAfterWrite("a resource change");
    // The service needs a room and the only one is out of use.
    expect(afterResource.slots).toEqual([]);
  });

  test("loads are shared: concurrent misses at one version make one load", async () => {
    const spa = await createBookableSpa();
    const cache = new ScheduleCache();
    const query = { service: spa.service.slug, from: tuesday, to: addDays(tuesday, 6) };
    const answers = await Promise.all(Array.from({ length: 20 }, () => findAvailability(query, now, { client: db, cache })));
    expect(new Set(answers.map((answer) => JSON.stringify(answer))).size).toBe(1);
    // One engine input and one slot list, each loaded once; the rest were hits.
    expect(cache.stats).toMatchObject({ entries: 2, misses: 2, hits: 38 });
  });
});

describe("ETag on GET /api/v1/availability", () => {
  const get = (query: string, etag?: string) =>
    GET(new Request(`http://localhost/api/v1/availability?${query}`, { headers: etag ? { "If-None-Match": etag } : {} }));

  test("304 while nothing changed; a booking changes the tag and the answer", async () => {
    const spa = await createBookableSpa();
    const from = addDays(getLocalDate(new Date(), "America/New_York"), 7);
    const query = `service=${spa.service.slug}&from=${from}&to=${from}`;
    const first = await get(query);
    expect(first.status).toBe(200);
    const etag = first.headers.get("etag")!;
    expect(etag).toMatch(/^"\d+-[\w-]+"$/);
    expect(first.headers.get("cache-control")).toBe("private, no-cache");
    const body = (await first.json()) as { slots: { start: string }[] };

    const again = await get(query, etag);
    expect(again.status).toBe(304);
    expect(await again.text()).toBe("");
    expect(again.headers.get("etag")).toBe(etag);

    await bookAppointment(spa.clientActor, { serviceId: spa.service.id, staffId: null, startsAt: body.slots[4]!.start, clientNotes: "" });
    const changed = await get(query, etag);
    expect(changed.status).toBe(200);
    expect(changed.headers.get("etag")).not.toBe(etag);
    const after = (await changed.json()) as { slots: { start: string }[] };
    expect(after.slots.map((slot) => slot.start)).not.toContain(body.slots[4]!.start);
  });
});
