import { beforeEach, expect, test } from "vitest";
import { getSpaCalendar, listMoveAlternatives } from "@/lib/booking/calendar-queries";
import type { Actor } from "@/lib/auth/policy";
import { db } from "@/lib/db/client";
import { insertAppointment } from "../factories/appointments";
import { createActor, createSpa, NOW, rejection } from "../support/admin";

let admin: Actor;
let spa: Awaited<ReturnType<typeof createSpa>>;
const at = (iso: string, extra: { status?: "CANCELLED"; resourceIds?: string[] } = {}) =>
  insertAppointment({
    locationId: spa.location.id,
    clientId: spa.client.id,
    staffId: spa.staff.id,
    serviceId: spa.service.id,
    startsAt: new Date(iso),
    ...extra,
  });

beforeEach(async () => {
  admin = await createActor("ADMIN");
  spa = await createSpa(); // one esthetician, Mondays 9–17 in New York
});

test("the week view runs Monday to Sunday around the date, with each day's hours and visits", async () => {
  const monday = await at("2030-03-04T15:00:00Z"); // Monday 10:00 EST
  const week = await getSpaCalendar(admin, { view: "week", date: "2030-03-06", locationId: spa.location.id });
  expect(week).toMatchObject({ view: "week", timeZone: "America/New_York" });
  expect(week.columns.map((column) => column.staffId)).toEqual(Array(7).fill(spa.staff.id));
  expect(week.dates).toEqual(["2030-03-04", "2030-03-05", "2030-03-06", "2030-03-07", "2030-03-08", "2030-03-09", "2030-03-10"]);
  expect(week.columns.map((column) => column.date)).toEqual(week.dates);
  expect(week.columns[0]!.working).toEqual([{ startMinute: 540, endMinute: 1020 }]);
  expect(week.columns[0]!.blocks.map((block) => block.id)).toEqual([monday.id]);
  expect(week.columns[1]!.working).toEqual([]);
  expect(week.columns[1]!.blocks).toEqual([]);
});

test("the room view lists the visits holding each room, buffers included; cancelled visits hold nothing", async () => {
  const room = await db.resource.create({ data: { locationId: spa.location.id, name: "Room A", kind: "TREATMENT_ROOM" } });
  const held = await at("2030-03-04T15:00:00Z", { resourceIds: [room.id] });
  await at("2030-03-04T18:00:00Z", { resourceIds: [room.id], status: "CANCELLED" });
  const { columns, timeZone } = await getSpaCalendar(admin, { view: "rooms", date: "2030-03-04", locationId: spa.location.id });
  expect(timeZone).toBe("America/New_York");
  expect(columns).toEqual([
    expect.objectContaining({
      key: room.id,
      label: "Room A",
      staffId: null,
      // A room is open while any esthetician works.
      working: [{ startMinute: 540, endMinute: 1020 }],
      blocks: [
        expect.objectContaining({
          id: held.id,
          staffName: spa.staff.displayName,
          startMinute: 600,
          endMinute: 660,
          blockedStartMinute: 590,
          blockedEndMinute: 675,
        }),
      ],
    }),
  ]);
});

test("a refused move is offered the nearest free times of that esthetician", async () => {
  const visit = await at("2030-03-04T15:00:00Z");
  // 18:00 EST is after hours; the latest start whose blocked range (+15 min cleanup) ends by 17:00
  // is 15:45, so the five nearest are 14:45–15:45 on the 15-minute grid, in time order.
  const alternatives = await listMoveAlternatives(
    admin,
    { appointmentId: visit.id, staffId: spa.staff.id, startsAt: "2030-03-04T23:00:00Z" },
    NOW,
  );
  expect(alternatives.map((a) => a.start)).toEqual(["19:45", "20:00", "20:15", "20:30", "20:45"].map((t) => `2030-03-04T${t}:00.000Z`));
  expect(alternatives.every((a) => a.staffIds.includes(spa.staff.id))).toBe(true);
});

test.each(["CLIENT", "ESTHETICIAN"] as const)("a %s cannot read the week or room views or move alternatives", async (role) => {
  const actor = await createActor(role);
  const visit = await at("2030-03-04T15:00:00Z");
  for (const view of ["week", "rooms"] as const) {
    expect((await rejection(getSpaCalendar(actor, { view, date: "2030-03-04", locationId: spa.location.id }))).code).toBe("FORBIDDEN");
  }
  expect(
    (
      await rejection(
        listMoveAlternatives(actor, { appointmentId: visit.id, staffId: spa.staff.id, startsAt: "2030-03-04T23:00:00Z" }, NOW),
      )
    ).code,
  ).toBe("FORBIDDEN");
});
