import { beforeEach, describe, expect, test } from "vitest";
import { getServiceForEdit } from "@/lib/catalog/admin-queries";
import { serviceSchema, type ServiceInput } from "@/lib/catalog/schema";
import { bookingPolicySchema } from "@/lib/policy/schema";
import { getBookingPolicy, updateBookingPolicy } from "@/lib/policy/commands";
import { createResource, setResourceActive } from "@/lib/catalog/resource-commands";
import { createService, deleteOrArchiveService, updateService } from "@/lib/catalog/service-commands";
import type { Actor } from "@/lib/auth/policy";
import { db } from "@/lib/db/client";
import { insertAppointment } from "../factories/appointments";
import { auditEvents, createActor, createSpa, NOW, rejection } from "../support/admin";

let admin: Actor;
let spa: Awaited<ReturnType<typeof createSpa>>;
beforeEach(async () => {
  admin = await createActor("ADMIN");
  spa = await createSpa();
});

const values = (patch: Partial<ServiceInput> = {}) =>
  serviceSchema.parse({
    name: `Glow Facial ${crypto.randomUUID().slice(0, 4)}`,
    description: "Bright skin.",
    durationMinutes: 50,
    bufferBeforeMinutes: 5,
    bufferAfterMinutes: 10,
    price: "89.50",
    steps: ["CLEANSE", "MASK"],
    resources: [{ kind: "TREATMENT_ROOM", quantity: 1 }],
    requiresIntake: true,
    active: true,
    ...patch,
  });
const at = { locationId: "" };
beforeEach(() => void (at.locationId = spa.location.id));

describe("services", () => {
  test("create with steps, resources and price; the same name twice gets its own slug; audited", async () => {
    const input = values({ name: "Rose Glow Facial" });
    const first = await createService(admin, input, at);
    const second = await createService(admin, input, at);
    expect(first.slug).toBe("rose-glow-facial");
    expect(second.slug).toMatch(/^rose-glow-facial-[0-9a-f]{6}$/);
    const edit = await getServiceForEdit(admin, first.id);
    expect(edit.values).toMatchObject({ price: "89.50", steps: ["CLEANSE", "MASK"], resources: [{ kind: "TREATMENT_ROOM", quantity: 1 }] });
    expect(await auditEvents(first.id, "service.create")).toHaveLength(1);
  });

  test("update replaces fields and requirements, audits before/after, and leaves bookings where they are", async () => {
    const visit = await insertAppointment({
      locationId: spa.location.id,
      clientId: spa.client.id,
      staffId: spa.staff.id,
      serviceId: spa.service.id,
      startsAt: new Date("2030-03-04T15:00:00Z"),
    });
    await updateService(admin, { serviceId: spa.service.id, service: values({ bufferAfterMinutes: 30, resources: [] }) });
    const row = await db.service.findUniqueOrThrow({ where: { id: spa.service.id }, include: { resourceRequirements: true } });
    expect(row).toMatchObject({ bufferAfterMinutes: 30, priceCents: 8950, resourceRequirements: [] });
    expect((await db.appointment.findUniqueOrThrow({ where: { id: visit.id } })).blockedUntil).toEqual(visit.blockedUntil);
    expect(await auditEvents(spa.service.id, "service.update")).toHaveLength(1);
  });

  test("a service with appointments is archived, one without is deleted", async () => {
    await insertAppointment({
      locationId: spa.location.id,
      clientId: spa.client.id,
      staffId: spa.staff.id,
      serviceId: spa.service.id,
      startsAt: new Date("2030-03-04T15:00:00Z"),
    });
    expect(await deleteOrArchiveService(admin, { serviceId: spa.service.id })).toEqual({ outcome: "archived" });
    expect((await db.service.findUniqueOrThrow({ where: { id: spa.service.id } })).active).toBe(false);
    const unused = await createService(admin, values(), at);
    expect(await deleteOrArchiveService(admin, { serviceId: unused.id })).toEqual({ outcome: "deleted" });
    expect(await db.service.findUnique({ where: { id: unused.id } })).toBeNull();
    expect(await auditEvents(unused.id, "service.delete")).toHaveLength(1);
    expect(await auditEvents(spa.service.id, "service.archive")).toHaveLength(1);
  });

  test("an unknown service is NOT_FOUND", async () => {
    expect((await rejection(updateService(admin, { serviceId: crypto.randomUUID(), service: values() }))).code).toBe("NOT_FOUND");
  });
});

describe("resources", () => {
  test("create, refuse a duplicate name, and refuse deactivation while an upcoming visit holds it", async () => {
    const room = await createResource(admin, { name: "Lotus Room", kind: "TREATMENT_ROOM" }, at);
    const duplicate = await rejection(createResource(admin, { name: "Lotus Room", kind: "TREATMENT_ROOM" }, at));
    expect(duplicate).toMatchObject({ code: "CONFLICT", details: { fieldErrors: { name: [expect.any(String)] } } });
    const visit = await insertAppointment({
      locationId: spa.location.id,
      clientId: spa.client.id,
      staffId: spa.staff.id,
      serviceId: spa.service.id,
      startsAt: new Date("2030-03-04T15:00:00Z"),
      resourceIds: [room.id],
    });
    expect((await rejection(setResourceActive(admin, { resourceId: room.id, active: false }, NOW))).code).toBe("CONFLICT");
    await db.appointment.update({ where: { id: visit.id }, data: { status: "CANCELLED", cancelledAt: NOW } });
    await db.appointmentResource.updateMany({ where: { appointmentId: visit.id }, data: { occupying: false } });
    await setResourceActive(admin, { resourceId: room.id, active: false }, NOW);
    expect(await auditEvents(room.id)).toHaveLength(2);
  });
});

describe("booking policy", () => {
  const policy = {
    slotIntervalMinutes: 30,
    minNoticeMinutes: 60,
    maxAdvanceDays: 60,
    cancellationWindowHours: 48,
    intakeValidMonths: 12,
    timeZone: "America/New_York",
  };

  test("saves the policy and audits before/after", async () => {
    await updateBookingPolicy(admin, bookingPolicySchema.parse(policy), { ...at, now: NOW });
    expect(await getBookingPolicy(admin, at)).toMatchObject(policy);
    const [event] = await auditEvents(spa.location.id, "policy.update");
    expect(event!.details).toMatchObject({ before: { slotIntervalMinutes: 15 }, after: { slotIntervalMinutes: 30 } });
  });

  test("a zone change that strands a booked visit is refused with the list", async () => {
    const visit = await insertAppointment({
      locationId: spa.location.id,
      clientId: spa.client.id,
      staffId: spa.staff.id,
      serviceId: spa.service.id,
      startsAt: new Date("2030-03-04T15:00:00Z"),
    });
    const error = await rejection(
      updateBookingPolicy(admin, bookingPolicySchema.parse({ ...policy, timeZone: "Asia/Tokyo" }), { ...at, now: NOW }),
    );
    expect(error.code).toBe("CONFLICT");
    expect((error.details?.data as { affected: { id: string }[] }).affected.map((a) => a.id)).toEqual([visit.id]);
    expect((await db.location.findUniqueOrThrow({ where: { id: spa.location.id } })).timeZone).toBe("America/New_York");
  });

  test("an unknown zone is a validation error", () => {
    expect(bookingPolicySchema.safeParse({ ...policy, timeZone: "Atlantis/Capital" }).success).toBe(false);
  });

  test("only a zone from the listed choices is accepted on the server; the spa's current zone stays acceptable", async () => {
    // Intl knows "US/Eastern" (so the shape check passes) but the form does not list it.
    const input = bookingPolicySchema.parse({ ...policy, timeZone: "US/Eastern" });
    const error = await rejection(updateBookingPolicy(admin, input, { ...at, now: NOW }));
    expect(error.code).toBe("VALIDATION");
    expect(error.details?.fieldErrors?.timeZone).toEqual(["Choose a time zone from the list."]);
    expect((await db.location.findUniqueOrThrow({ where: { id: spa.location.id } })).timeZone).toBe("America/New_York");

    // A spa already in an unlisted zone can still save the rest of its policy.
    await db.location.update({ where: { id: spa.location.id }, data: { timeZone: "US/Eastern" } });
    await updateBookingPolicy(admin, bookingPolicySchema.parse({ ...policy, timeZone: "US/Eastern", maxAdvanceDays: 45 }), {
      ...at,
      now: NOW,
    });
    expect(await getBookingPolicy(admin, at)).toMatchObject({ maxAdvanceDays: 45, timeZone: "US/Eastern" });
    await updateBookingPolicy(admin, bookingPolicySchema.parse({ ...policy, timeZone: "Europe/London" }), { ...at, now: NOW });
    expect(await getBookingPolicy(admin, at)).toMatchObject({ timeZone: "Europe/London" });
  });
});

test.each(["CLIENT", "ESTHETICIAN"] as const)("a %s is refused every catalog and policy command", async (role) => {
  const actor = await createActor(role);
  for (const attempt of [
    () => createService(actor, values(), at),
    () => updateService(actor, { serviceId: spa.service.id, service: values() }),
    () => deleteOrArchiveService(actor, { serviceId: spa.service.id }),
    () => createResource(actor, { name: "X", kind: "LED_DEVICE" }, at),
    () => setResourceActive(actor, { resourceId: crypto.randomUUID(), active: false }),
    () =>
      updateBookingPolicy(
        actor,
        bookingPolicySchema.parse({
          slotIntervalMinutes: 15,
          minNoticeMinutes: 0,
          maxAdvanceDays: 30,
          cancellationWindowHours: 0,
          intakeValidMonths: 6,
          timeZone: "UTC",
        }),
        at,
      ),
    () => getServiceForEdit(actor, spa.service.id),
  ]) {
    expect((await rejection(attempt())).code).toBe("FORBIDDEN");
  }
});
