import { readFileSync } from "node:fs";
import path from "node:path";
import { beforeEach, describe, expect, test } from "vitest";
import type { Actor } from "@/lib/auth/policy";
import { db } from "@/lib/db/client";
import { getReport } from "@/lib/reports/queries";
import { getStaffDetail } from "@/lib/staff/admin-queries";
import { setStaffStartDate } from "@/lib/staff/commands";
import { setStaffStartDateSchema } from "@/lib/staff/schema";
import { insertAppointment } from "../factories/appointments";
import { createEsthetician, createLocation, createService } from "../factories/spa";
import { createUser } from "../factories/users";
import { auditEvents, createActor, rejection } from "../support/admin";

// Monday 2030-03-04 to Friday 2030-03-08 in New York (EST, UTC−5 all week).
const PERIOD = { from: "2030-03-04", to: "2030-03-08" };
const WEEKDAYS_9_TO_5 = [1, 2, 3, 4, 5].map((weekday) => ({ weekday, startMinute: 540, endMinute: 1020 }));

let admin: Actor;
beforeEach(async () => {
  admin = await createActor("ADMIN");
});

describe("the report counts working hours from the start date", () => {
  test("an esthetician who starts on Wednesday has three days of hours, a colleague all five", async () => {
    const location = await createLocation();
    const service = await createService(location.id);
    const veteran = await createEsthetician(location.id, { hours: WEEKDAYS_9_TO_5, serviceIds: [service.id] });
    const newcomer = await createEsthetician(location.id, { hours: WEEKDAYS_9_TO_5, serviceIds: [service.id], startDate: "2030-03-06" });
    const later = await createEsthetician(location.id, { hours: WEEKDAYS_9_TO_5, serviceIds: [service.id], startDate: "2030-03-11" });
    const { user: client } = await createUser({ role: "CLIENT" });
    // Wednesday 10:00 EST, an hour's visit.
    await insertAppointment({
      locationId: location.id,
      serviceId: service.id,
      staffId: newcomer.profile.id,
      clientId: client.id,
      startsAt: new Date("2030-03-06T15:00:00Z"),
      durationMinutes: 60,
      status: "COMPLETED",
    });

    const report = await getReport(admin, PERIOD, { locationId: location.id });
    const row = (staffId: string) => report.rows.find((r) => r.staffId === staffId)!;
    expect(row(veteran.profile.id).workingMinutes).toBe(5 * 480);
    expect(row(newcomer.profile.id)).toMatchObject({ workingMinutes: 3 * 480, bookedMinutes: 60 });
    expect(row(newcomer.profile.id).utilisation).toBeCloseTo(60 / (3 * 480), 10);
    // Starting after the period: no hours, so no utilisation rather than 0 %.
    expect(row(later.profile.id)).toMatchObject({ workingMinutes: 0, utilisation: null });
    expect(report.total.workingMinutes).toBe(8 * 480);

    // Moving the start date back gives the newcomer the whole week.
    await setStaffStartDate(admin, { staffId: newcomer.profile.id, startDate: "2030-03-01" });
    const after = await getReport(admin, PERIOD, { locationId: location.id });
    expect(after.rows.find((r) => r.staffId === newcomer.profile.id)!.workingMinutes).toBe(5 * 480);
  });
});

describe("setStaffStartDate", () => {
  test("stores the date, shows it on the staff page and audits before and after", async () => {
    const location = await createLocation();
    const { profile } = await createEsthetician(location.id, { startDate: "2029-06-01" });
    await expect(setStaffStartDate(admin, { staffId: profile.id, startDate: "2030-01-15" })).resolves.toEqual({
      staffId: profile.id,
      startDate: "2030-01-15",
    });
    expect((await getStaffDetail(admin, profile.id)).startDate).toBe("2030-01-15");
    const events = await auditEvents(profile.id, "staff.start-date");
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      actorId: admin.userId,
      entityType: "staff_profile",
      details: { before: { startDate: "2029-06-01" }, after: { startDate: "2030-01-15" } },
    });
    // The same date again changes nothing and writes no second entry.
    await setStaffStartDate(admin, { staffId: profile.id, startDate: "2030-01-15" });
    expect(await auditEvents(profile.id, "staff.start-date")).toHaveLength(1);
  });

  test.each(["ESTHETICIAN", "FRONT_DESK", "CLIENT"] as const)("a %s may not set it", async (role) => {
    const location = await createLocation();
    const { profile } = await createEsthetician(location.id, { startDate: "2029-06-01" });
    const actor = await createActor(role);
    expect((await rejection(setStaffStartDate(actor, { staffId: profile.id, startDate: "2030-01-15" }))).code).toBe("FORBIDDEN");
    expect((await getStaffDetail(admin, profile.id)).startDate).toBe("2029-06-01");
  });

  test("an unknown esthetician is NOT_FOUND; a date that does not exist is refused by the schema", async () => {
    const error = await rejection(setStaffStartDate(admin, { staffId: crypto.randomUUID(), startDate: "2030-01-15" }));
    expect(error.code).toBe("NOT_FOUND");
    const parsed = setStaffStartDateSchema.safeParse({ staffId: crypto.randomUUID(), startDate: "2030-02-30" });
    expect(parsed.success).toBe(false);
  });
});

describe("the migration's default for existing staff", () => {
  test("is the day the account or staff row was created (whichever came first), in the spa's zone", async () => {
    const location = await createLocation(); // America/New_York
    const { profile, user } = await createEsthetician(location.id, { startDate: "2000-01-01" });
    // The account was created at 03:30Z on 2 March, which is still 1 March (22:30 EST) at the spa;
    // the staff row a day later.
    await db.user.update({ where: { id: user.id }, data: { createdAt: new Date("2030-03-02T03:30:00Z") } });
    await db.staffProfile.update({ where: { id: profile.id }, data: { createdAt: new Date("2030-03-03T12:00:00Z") } });
    const sql = readFileSync(path.join(process.cwd(), "prisma/migrations/20261203270200_staff_start_date/migration.sql"), "utf8");
    const backfill = /UPDATE "staff_profile"[\s\S]*?;/.exec(sql)![0].replace(/;$/, ` AND s."id" = '${profile.id}'::uuid;`);
    await db.$executeRawUnsafe(backfill);
    expect((await getStaffDetail(admin, profile.id)).startDate).toBe("2030-03-01");
  });
});
