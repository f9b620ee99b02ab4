import { beforeEach, describe, expect, test } from "vitest";
import { db } from "@/lib/db/client";
import { getBookingContext, listStaffForService } from "@/lib/booking/staff-options";
import { createEsthetician, createLocation, createService } from "../factories/spa";

let location: { id: string };
let service: { id: string; slug: string };

beforeEach(async () => {
  location = await createLocation();
  service = await createService(location.id);
});

describe("listStaffForService (the public esthetician picker)", () => {
  test("lists active estheticians who perform the service, by slug or id, public fields only", async () => {
    const { profile: performs } = await createEsthetician(location.id, { serviceIds: [service.id] });
    await createEsthetician(location.id, { serviceIds: [] });
    const { profile: inactive } = await createEsthetician(location.id, { serviceIds: [service.id] });
    await db.staffProfile.update({ where: { id: inactive.id }, data: { active: false } });

    for (const key of [service.slug, service.id]) {
      const staff = await listStaffForService(key);
      expect(staff).toEqual([{ id: performs.id, displayName: performs.displayName, bio: "" }]);
    }
  });

  test("an unknown or archived service has nobody", async () => {
    await createEsthetician(location.id, { serviceIds: [service.id] });
    await db.service.update({ where: { id: service.id }, data: { active: false } });
    expect(await listStaffForService(service.slug)).toEqual([]);
    expect(await listStaffForService("no-such-service")).toEqual([]);
    expect(await listStaffForService("")).toEqual([]);
  });
});

describe("getBookingContext", () => {
  test("returns the service, the spa, the policy and the staff", async () => {
    const { profile } = await createEsthetician(location.id, { serviceIds: [service.id] });
    const context = await getBookingContext(service.slug);
    expect(context?.service).toMatchObject({ id: service.id, slug: service.slug, priceCents: 9000, currency: "USD" });
    expect(context?.location).toMatchObject({ timeZone: "America/New_York", phone: "+1 212 555 0100" });
    expect(context?.policy).toEqual({ cancellationWindowHours: 24, maxAdvanceDays: 90 });
    expect(context?.staff.map((s) => s.id)).toEqual([profile.id]);
  });

  test("is null for a service that is not bookable", async () => {
    await db.service.update({ where: { id: service.id }, data: { active: false } });
    expect(await getBookingContext(service.slug)).toBeNull();
    expect(await getBookingContext("")).toBeNull();
  });
});
