import { expect, test } from "vitest";
import { verifyPassword } from "@/lib/auth/password";
import { DEMO_ACCOUNTS, DEMO_EXTRA_STAFF } from "@/prisma/seed/demo-accounts";
import { seedDemoSpa } from "@/prisma/seed/demo-spa";
import { withFreshDatabase } from "../support/fresh-database";

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
    expect(await db.user.count()).toBe(DEMO_ACCOUNTS.length + DEMO_EXTRA_STAFF.length);
  });
});
