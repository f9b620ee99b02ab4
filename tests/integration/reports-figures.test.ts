import { beforeAll, expect, test } from "vitest";
import type { Actor } from "@/lib/auth/policy";
import { db } from "@/lib/db/client";
import type { AppointmentStatus } from "@/lib/db/generated/enums";
import { toReportCsv } from "@/lib/reports/csv";
import { getReport } from "@/lib/reports/queries";
import { insertAppointment } from "../factories/appointments";
import { createEsthetician, createLocation, createService } from "../factories/spa";
import { createUser } from "../factories/users";
import { createActor, rejection } from "../support/admin";

// The week of Monday 2030-03-04 to Friday 2030-03-08 in New York (EST, UTC−5 all week).
const PERIOD = { from: "2030-03-04", to: "2030-03-08" };
const weekdays = (startMinute: number, endMinute: number, days: number[]) => days.map((weekday) => ({ weekday, startMinute, endMinute }));

let admin: Actor;
let locationId: string;
let anaId: string;
let benId: string;

async function visit(options: {
  staffId: string;
  clientId: string;
  startsAt: string;
  minutes?: number;
  status: AppointmentStatus;
  priceCents?: number;
}) {
  const serviceId = (await db.service.findFirstOrThrow({ where: { locationId }, select: { id: true } })).id;
  const row = await insertAppointment({
    locationId,
    serviceId,
    staffId: options.staffId,
    clientId: options.clientId,
    startsAt: new Date(options.startsAt),
    durationMinutes: options.minutes,
    status: options.status,
  });
  if (options.priceCents) await db.appointment.update({ where: { id: row.id }, data: { priceCents: options.priceCents } });
}

beforeAll(async () => {
  admin = await createActor("ADMIN");
  const location = await createLocation();
  locationId = location.id;
  await createService(locationId);
  // Ana: Mon–Fri 9–17 = 5 × 480 = 2400 min, minus time off Wed 10–12 (120) → 2280.
  const ana = await createEsthetician(locationId, { hours: weekdays(540, 1020, [1, 2, 3, 4, 5]) });
  await db.staffTimeOff.create({
    data: { staffId: ana.profile.id, startsAt: new Date("2030-03-06T15:00:00Z"), endsAt: new Date("2030-03-06T17:00:00Z") },
  });
  // Ben: Mon and Tue 10–14 (240 each), Tue overridden to a day off, Wed overridden to 9–12 (180) → 420.
  const ben = await createEsthetician(locationId, { hours: weekdays(600, 840, [1, 2]) });
  await db.staffDateOverride.createMany({
    data: [
      { staffId: ben.profile.id, date: new Date("2030-03-05T00:00:00Z") },
      { staffId: ben.profile.id, date: new Date("2030-03-06T00:00:00Z"), startMinute: 540, endMinute: 720 },
    ],
  });
  // An inactive colleague with no visits in the period is left out.
  const gone = await createEsthetician(locationId, { hours: weekdays(540, 1020, [1]) });
  await db.staffProfile.update({ where: { id: gone.profile.id }, data: { active: false } });
  anaId = ana.profile.id;
  benId = ben.profile.id;
  const [c1, c2, c3, c4] = await Promise.all([1, 2, 3, 4].map(async () => (await createUser({ role: "CLIENT" })).user.id));

  // Ana, in the period.
  await visit({ staffId: anaId, clientId: c1!, startsAt: "2030-03-04T15:00:00Z", status: "COMPLETED", priceCents: 9000 }); // rebooked: c1 on 04-01 (4 weeks)
  await visit({ staffId: anaId, clientId: c2!, startsAt: "2030-03-04T18:00:00Z", minutes: 90, status: "COMPLETED", priceCents: 12000 }); // not: 03-20 cancelled, 04-22 after 6 weeks
  await visit({ staffId: anaId, clientId: c3!, startsAt: "2030-03-05T15:00:00Z", status: "NO_SHOW" });
  await visit({ staffId: anaId, clientId: c3!, startsAt: "2030-03-06T19:00:00Z", status: "LATE_CANCELLED" });
  // Friday 23:00 EST is Saturday 04:00Z: still Friday in the spa, so inside the period.
  await visit({ staffId: anaId, clientId: c4!, startsAt: "2030-03-09T04:00:00Z", status: "COMPLETED", priceCents: 10000 });
  // Ben, in the period. c3's no-show on Tuesday is a later booking within six weeks: rebooked.
  await visit({ staffId: benId, clientId: c3!, startsAt: "2030-03-04T16:00:00Z", status: "COMPLETED", priceCents: 7500 });
  await visit({ staffId: benId, clientId: c1!, startsAt: "2030-03-06T14:30:00Z", minutes: 45, status: "CANCELLED" });
  // Outside the period: Sunday 23:30 EST (Monday 04:30Z), and the later bookings.
  await visit({ staffId: benId, clientId: c4!, startsAt: "2030-03-04T04:30:00Z", status: "COMPLETED", priceCents: 5000 });
  await visit({ staffId: anaId, clientId: c1!, startsAt: "2030-04-01T15:00:00Z", status: "BOOKED" });
  await visit({ staffId: benId, clientId: c2!, startsAt: "2030-03-20T15:00:00Z", status: "CANCELLED" });
  await visit({ staffId: anaId, clientId: c2!, startsAt: "2030-04-22T14:00:00Z", status: "BOOKED" });
});

test("every figure per esthetician and in total matches the hand count", async () => {
  const report = await getReport(admin, PERIOD, { locationId });
  expect(report.timeZone).toBe("America/New_York");
  expect(report.currency).toBe("USD");
  expect(report.rows.map((r) => r.staffId)).toEqual(expect.arrayContaining([anaId, benId]));
  expect(report.rows).toHaveLength(2);
  const ana = report.rows.find((r) => r.staffId === anaId)!;
  const ben = report.rows.find((r) => r.staffId === benId)!;
  expect(ana).toMatchObject({
    bookings: 5,
    cancellations: 1,
    lateCancellations: 1,
    noShows: 1,
    completed: 3,
    rebooked: 1,
    bookedMinutes: 60 + 90 + 60 + 60,
    workingMinutes: 2280,
    revenueCents: 31000,
  });
  expect(ana.utilisation).toBeCloseTo(270 / 2280, 10);
  expect(ana.noShowRate).toBe(1 / 4);
  expect(ana.rebookingRate).toBe(1 / 3);
  expect(ben).toMatchObject({
    bookings: 2,
    cancellations: 1,
    lateCancellations: 0,
    noShows: 0,
    completed: 1,
    rebooked: 1,
    bookedMinutes: 60,
    workingMinutes: 420,
    revenueCents: 7500,
  });
  expect(ben.utilisation).toBeCloseTo(60 / 420, 10);
  expect(ben.noShowRate).toBe(0);
  expect(ben.rebookingRate).toBe(1);
  expect(report.total).toMatchObject({
    bookings: 7,
    cancellations: 2,
    lateCancellations: 1,
    noShows: 1,
    completed: 4,
    rebooked: 2,
    bookedMinutes: 330,
    workingMinutes: 2700,
    revenueCents: 38500,
  });
  expect(report.total.utilisation).toBeCloseTo(330 / 2700, 10);
  expect(report.total.noShowRate).toBe(1 / 5);
  expect(report.total.rebookingRate).toBe(1 / 2);
});

test("a one-day period counts only that local day", async () => {
  const report = await getReport(admin, { from: "2030-03-04", to: "2030-03-04" }, { locationId });
  const ana = report.rows.find((r) => r.staffId === anaId)!;
  expect(ana).toMatchObject({ bookings: 2, completed: 2, workingMinutes: 480, bookedMinutes: 150, revenueCents: 21000 });
});

test("the CSV carries the same figures", async () => {
  const csv = toReportCsv(await getReport(admin, PERIOD, { locationId }));
  expect(csv.trimEnd().split("\r\n").at(-1)).toBe("All estheticians,2700,330,12.2,7,2,1,1,4,20.0,2,50.0,385.00");
});

test.each(["CLIENT", "ESTHETICIAN"] as const)("a %s cannot read the reports", async (role) => {
  const actor = await createActor(role);
  expect((await rejection(getReport(actor, PERIOD, { locationId }))).code).toBe("FORBIDDEN");
});
