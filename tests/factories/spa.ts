import { randomUUID } from "node:crypto";
import { db } from "@/lib/db/client";
import type { TreatmentStep } from "@/lib/db/generated/enums";
import { createUser } from "./users";

/** Factories for the spa side of the model. Every call makes fresh, uniquely named rows. */
export async function createLocation(overrides: { timeZone?: string; name?: string } = {}) {
  return db.location.create({
    data: {
      name: overrides.name ?? `Spa ${randomUUID().slice(0, 8)}`,
      address: "1 Test Street, New York, NY",
      timeZone: overrides.timeZone ?? "America/New_York",
      phone: "+1 212 555 0100",
      email: "spa@example.com",
      bookingPolicy: { create: {} },
    },
  });
}

export async function createService(
  locationId: string,
  overrides: Partial<{ name: string; active: boolean; durationMinutes: number; steps: TreatmentStep[]; requiresIntake: boolean }> = {},
) {
  const suffix = randomUUID().slice(0, 8);
  return db.service.create({
    data: {
      locationId,
      slug: `service-${suffix}`,
      name: overrides.name ?? `Facial ${suffix}`,
      description: "A test facial.",
      durationMinutes: overrides.durationMinutes ?? 60,
      bufferBeforeMinutes: 10,
      bufferAfterMinutes: 15,
      priceCents: 9000,
      steps: overrides.steps ?? ["CLEANSE", "STEAM", "EXTRACTION", "MASK", "MOISTURISE"],
      active: overrides.active ?? true,
      requiresIntake: overrides.requiresIntake ?? true,
    },
  });
}

/** An esthetician account with a staff profile at the location, performing `serviceIds`. */
export async function createEsthetician(
  locationId: string,
  options: { serviceIds?: string[]; hours?: { weekday: number; startMinute: number; endMinute: number }[]; startDate?: string } = {},
) {
  const { user, password } = await createUser({ role: "ESTHETICIAN" });
  const profile = await db.staffProfile.create({
    data: {
      userId: user.id,
      locationId,
      displayName: user.name,
      // Long before any date the tests report on, unless a test is about the start date.
      startDate: new Date(`${options.startDate ?? "2000-01-01"}T00:00:00Z`),
      services: { create: (options.serviceIds ?? []).map((serviceId) => ({ serviceId })) },
      workingHours: { create: options.hours ?? [] },
    },
  });
  return { user, password, profile };
}
