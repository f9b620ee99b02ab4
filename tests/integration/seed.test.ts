import { expect, test } from "vitest";
import { verifyPassword } from "@/lib/auth/password";
import { DEMO_ACCOUNTS, DEMO_EXTRA_STAFF } from "@/prisma/seed/demo-accounts";
import { DEMO_CLIENTS } from "@/prisma/seed/demo-clients";
import { seedDemoSpa } from "@/prisma/seed/demo-spa";
import { withFreshDatabase } from "../support/fresh-database";
import { findAppointmentsOutsideHours } from "@/lib/staff/outside-hours";
import { toWeeklyHours } from "@/lib/scheduling/from-rows";

test("the demo seed builds a whole spa once and leaves an existing one alone", async () => {
  await withFreshDatabase(async (db) => {
    const first = await seedDemoSpa(db);
    expect(first.created).toBe(true);
    expect(first.signIns.map((s) => s.email)).toEqual(DEMO_ACCOUNTS.map((a) => a.email));

    const location = await db.location.findFirstOrThrow({ include: { bookingPolicy: true } });
    expect(location.timeZone).toBe("America/New_York");
    expect(location.bookingPolicy).not.toBeNull();

    const resources = await db.resource.findMany({ orderBy: { name: "asc" } });
    expect(resources.map((r) => r.kind).sort()).toEqual(["FACIAL_STEAMER", "LED_DEVICE", "TREATMENT_ROOM", "TREATMENT_ROOM"]);

    const deepPore = await db.service.findUniqueOrThrow({
      where: { slug: "deep-pore-cleansing-facial" },
      include: { resourceRequirements: true },
    });
    expect(deepPore.durationMinutes).toBe(75);
    expect(deepPore.steps).toEqual([
      "CLEANSE",
      "SKIN_ANALYSIS",
      "STEAM",
      "EXFOLIATION_PHYSICAL",
      "EXTRACTION",
      "MASSAGE",
      "MASK",
      "TONE",
      "MOISTURISE",
    ]);
    expect(deepPore.resourceRequirements.map((r) => r.kind).sort()).toEqual(["FACIAL_STEAMER", "TREATMENT_ROOM"]);
    expect(await db.service.count()).toBe(5);

    const staff = await db.staffProfile.findMany({ include: { workingHours: true, services: true } });
    expect(staff).toHaveLength(3);
    const weeklyShapes = new Set(
      staff.map((s) => JSON.stringify(s.workingHours.map((h) => [h.weekday, h.startMinute, h.endMinute]).sort())),
    );
    expect(weeklyShapes.size).toBe(3);
    expect(staff.every((s) => s.services.length > 0)).toBe(true);

    for (const account of [...DEMO_ACCOUNTS, ...DEMO_EXTRA_STAFF]) {
      const user = await db.user.findUniqueOrThrow({ where: { email: account.email } });
      expect(user.role).toBe(account.role);
      expect(await verifyPassword(user.passwordHash!, account.password)).toBe(true);
    }

    await db.service.update({ where: { id: deepPore.id }, data: { priceCents: 13000 } });
    const second = await seedDemoSpa(db);
    expect(second).toEqual({ created: false, signIns: [] });
    expect((await db.service.findUniqueOrThrow({ where: { id: deepPore.id } })).priceCents).toBe(13000);
    expect(await db.user.count()).toBe(DEMO_ACCOUNTS.length + DEMO_EXTRA_STAFF.length + DEMO_CLIENTS.length);
  });
});

test("the demo history is lived in and keeps the product's own rules", async () => {
  const now = new Date("2030-03-06T17:20:00Z"); // a Wednesday, 12:20 in New York
  await withFreshDatabase(async (db) => {
    await seedDemoSpa(db, { now });
    const appointments = await db.appointment.findMany({
      include: { treatmentNote: true, homecarePlan: true, staff: { include: { workingHours: true } }, location: true },
    });
    const past = appointments.filter((a) => a.startsAt < now);
    const future = appointments.filter((a) => a.startsAt > now);
    expect(past.length).toBeGreaterThan(20);
    expect(future.length).toBeGreaterThan(20);
    expect(new Set(appointments.map((a) => a.staffId)).size).toBe(3);

    // Every visit lies inside its esthetician's working hours, buffers included (the engine's rule).
    for (const a of appointments) {
      const schedule = { weeklyHours: toWeeklyHours(a.staff.workingHours) };
      expect(findAppointmentsOutsideHours({ timeZone: a.location.timeZone, schedule, appointments: [a] })).toEqual([]);
    }
    const byStatus = (status: string) => appointments.filter((a) => a.status === status);
    // Completed visits are over, each with a note signed after it started and a plan drafted from it.
    expect(byStatus("COMPLETED").length).toBeGreaterThan(10);
    for (const a of byStatus("COMPLETED")) {
      expect(a.endsAt.getTime()).toBeLessThanOrEqual(now.getTime());
      expect(a.treatmentNote?.signedAt?.getTime()).toBeGreaterThanOrEqual(a.startsAt.getTime());
      expect(a.treatmentNote!.signedAt!.getTime()).toBeLessThanOrEqual(now.getTime());
      expect(a.homecarePlan).not.toBeNull();
    }
    expect(appointments.filter((a) => a.treatmentNote).every((a) => a.status === "COMPLETED")).toBe(true);
    expect(appointments.filter((a) => a.homecarePlan?.state === "PUBLISHED").length).toBeGreaterThan(5);
    expect(byStatus("NO_SHOW")).toHaveLength(1);
    expect(byStatus("NO_SHOW").every((a) => a.startsAt < now)).toBe(true);
    const [late] = byStatus("LATE_CANCELLED");
    expect(late!.startsAt.getTime() - late!.cancelledAt!.getTime()).toBeLessThan(24 * 3_600_000);
    expect(byStatus("CHECKED_IN").every((a) => a.startsAt <= now && a.endsAt > now)).toBe(true);
    expect(byStatus("BOOKED").every((a) => a.startsAt > now)).toBe(true);

    // The flagged client's visit was booked by the desk with an audited override.
    const override = await db.auditEvent.findFirstOrThrow({ where: { action: "appointment.contraindication-override" } });
    expect(override.details).toMatchObject({ rules: ["Isotretinoin within 6 months: exfoliation and waxing"], until: expect.any(String) });
    const sofia = await db.user.findFirstOrThrow({ where: { name: "Sofia Alvarez" }, include: { appointments: true } });
    expect(sofia.appointments.map((a) => a.id)).toContain(override.entityId);

    // Clients: a last visit kept by the trigger, a few without an intake or with an expired one.
    expect(await db.user.count({ where: { role: "CLIENT", lastVisitAt: { not: null } } })).toBeGreaterThan(5);
    expect(await db.intakeSubmission.count()).toBe(DEMO_CLIENTS.filter((client) => client.intake !== "missing").length);
  });
});
