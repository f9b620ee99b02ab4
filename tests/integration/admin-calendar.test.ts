import { beforeEach, expect, test } from "vitest";
import { addTimeOff } from "@/lib/staff/hours-commands";
import { timeOffSchema } from "@/lib/staff/hours-schema";
import { getSpaCalendar } from "@/lib/booking/calendar-queries";
import type { Actor } from "@/lib/auth/policy";
import { db } from "@/lib/db/client";
import { insertAppointment } from "../factories/appointments";
import { createActor, createSpa, NOW, rejection } from "../support/admin";

let admin: Actor;
let spa: Awaited<ReturnType<typeof createSpa>>;
beforeEach(async () => {
  admin = await createActor("ADMIN");
  spa = await createSpa();
  await db.workingHours.deleteMany({ where: { staffId: spa.staff.id } });
  await db.workingHours.createMany({
    data: [
      { staffId: spa.staff.id, weekday: 1, startMinute: 540, endMinute: 720 },
      { staffId: spa.staff.id, weekday: 1, startMinute: 780, endMinute: 1020 },
    ],
  });
});

test("a day column shows hours with the break, visits with buffers in wall-clock minutes, and time off", async () => {
  const base = { locationId: spa.location.id, clientId: spa.client.id, staffId: spa.staff.id, serviceId: spa.service.id };
  const visit = await insertAppointment({ ...base, startsAt: new Date("2030-03-04T15:00:00Z") }); // 10:00 EST
  await insertAppointment({ ...base, startsAt: new Date("2030-03-04T19:00:00Z"), status: "CANCELLED" });
  await addTimeOff(
    admin,
    timeOffSchema.parse({ staffId: spa.staff.id, from: "2030-03-04T15:00", to: "2030-03-04T17:00", reason: "Dentist" }),
    NOW,
  );

  const day = await getSpaCalendar(admin, { view: "staff", date: "2030-03-04", locationId: spa.location.id });
  expect(day.timeZone).toBe("America/New_York");
  expect(day.columns).toHaveLength(1);
  const [column] = day.columns;
  expect(column!.working).toEqual([
    { startMinute: 540, endMinute: 720 },
    { startMinute: 780, endMinute: 1020 },
  ]);
  expect(column!.timeOff).toEqual([{ startMinute: 900, endMinute: 1020, reason: "Dentist" }]);
  expect(column!.blocks).toEqual([
    expect.objectContaining({
      id: visit.id,
      clientName: spa.client.name,
      status: "BOOKED",
      startMinute: 600,
      endMinute: 660,
      blockedStartMinute: 590,
      blockedEndMinute: 675,
    }),
  ]);
});

test("a date override replaces that day's hours in the column", async () => {
  await db.staffDateOverride.create({ data: { staffId: spa.staff.id, date: new Date("2030-03-04T00:00:00Z") } });
  const day = await getSpaCalendar(admin, { view: "staff", date: "2030-03-04", locationId: spa.location.id });
  expect(day.columns[0]!.working).toEqual([]);
  expect(day.columns[0]!.override).toEqual({ reason: "", dayOff: true });
});

test.each(["CLIENT", "ESTHETICIAN"] as const)("a %s cannot read the admin calendar", async (role) => {
  const actor = await createActor(role);
  expect((await rejection(getSpaCalendar(actor, { view: "staff", date: "2030-03-04", locationId: spa.location.id }))).code).toBe(
    "FORBIDDEN",
  );
});
