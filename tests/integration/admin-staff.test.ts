import { beforeEach, describe, expect, test } from "vitest";
import { moveAppointmentAsAdmin, listReassignTargets } from "@/lib/booking/move-command";
import { createEsthetician as createEstheticianCommand, deactivateStaff, reactivateStaff, setStaffServices } from "@/lib/staff/commands";
import { getStaffDetail } from "@/lib/staff/admin-queries";
import { createEstheticianSchema } from "@/lib/staff/schema";
import { verifyPassword } from "@/lib/auth/password";
import type { Actor } from "@/lib/auth/policy";
import { db } from "@/lib/db/client";
import { insertAppointment } from "../factories/appointments";
import { createUser } from "../factories/users";
import { createEsthetician, createService } from "../factories/spa";
import { auditEvents, createActor, createSpa, MONDAY_HOURS, NOW, rejection } from "../support/admin";

let admin: Actor;
let spa: Awaited<ReturnType<typeof createSpa>>;
beforeEach(async () => {
  admin = await createActor("ADMIN");
  spa = await createSpa();
});

const newStaff = (overrides: Record<string, unknown> = {}) =>
  createEstheticianSchema.parse({
    name: "Lena Park",
    email: `lena-${crypto.randomUUID().slice(0, 6)}@spa.test`,
    phone: "+1 212 555 0111",
    password: "calm river lantern stone",
    startDate: "2030-03-11",
    serviceIds: [spa.service.id],
    ...overrides,
  });

describe("createEsthetician", () => {
  test("creates the account, profile and services, hashes the password, and audits", async () => {
    const input = newStaff();
    const { staffId, userId } = await createEstheticianCommand(admin, input, { locationId: spa.location.id });
    const user = await db.user.findUniqueOrThrow({ where: { id: userId } });
    expect(user.role).toBe("ESTHETICIAN");
    expect(await verifyPassword(user.passwordHash!, "calm river lantern stone")).toBe(true);
    const detail = await getStaffDetail(admin, staffId);
    expect(detail).toMatchObject({
      displayName: "Lena Park",
      email: input.email,
      active: true,
      startDate: "2030-03-11",
      serviceIds: [spa.service.id],
    });
    const [event] = await auditEvents(staffId, "staff.create");
    expect(event).toMatchObject({ actorId: admin.userId, entityType: "staff_profile" });
    expect(JSON.stringify(event!.details)).not.toContain("calm river");
  });

  test("a taken email is a CONFLICT on the email field, and nothing is written", async () => {
    const input = newStaff({ email: spa.staffUser.email });
    const error = await rejection(createEstheticianCommand(admin, input, { locationId: spa.location.id }));
    expect(error.code).toBe("CONFLICT");
    expect(error.details?.fieldErrors?.email).toBeDefined();
    expect(await db.auditEvent.count({ where: { actorId: admin.userId } })).toBe(0);
  });

  test("a service of another location is refused", async () => {
    const otherSpa = await createSpa();
    const error = await rejection(
      createEstheticianCommand(admin, newStaff({ serviceIds: [otherSpa.service.id] }), { locationId: spa.location.id }),
    );
    expect(error.code).toBe("VALIDATION");
  });

  test("the schema applies the password policy", () => {
    const result = createEstheticianSchema.safeParse({
      name: "A",
      email: "lena@spa.test",
      phone: "+1 212 555 0111",
      password: "password1234",
      startDate: "2030-03-11",
    });
    expect(result.error?.issues.map((i) => i.path.join("."))).toEqual(["password"]);
  });

  test.each(["CLIENT", "ESTHETICIAN"] as const)("a %s is refused", async (role) => {
    const actor = await createActor(role);
    expect((await rejection(createEstheticianCommand(actor, newStaff(), { locationId: spa.location.id }))).code).toBe("FORBIDDEN");
    expect((await rejection(setStaffServices(actor, { staffId: spa.staff.id, serviceIds: [] }))).code).toBe("FORBIDDEN");
    expect((await rejection(deactivateStaff(actor, { staffId: spa.staff.id }, NOW))).code).toBe("FORBIDDEN");
    expect((await rejection(getStaffDetail(actor, spa.staff.id))).code).toBe("FORBIDDEN");
  });
});

describe("setStaffServices", () => {
  test("replaces the services and audits before/after", async () => {
    const second = await createService(spa.location.id);
    await setStaffServices(admin, { staffId: spa.staff.id, serviceIds: [second.id] });
    expect((await getStaffDetail(admin, spa.staff.id)).serviceIds).toEqual([second.id]);
    const [event] = await auditEvents(spa.staff.id, "staff.set-services");
    expect(event!.details).toEqual({ before: [spa.service.id], after: [second.id] });
  });

  test("an unknown esthetician is NOT_FOUND", async () => {
    expect((await rejection(setStaffServices(admin, { staffId: crypto.randomUUID(), serviceIds: [] }))).code).toBe("NOT_FOUND");
  });
});

describe("deactivating with upcoming appointments", () => {
  test("is refused with the list; after moving each to a colleague it succeeds", async () => {
    const { profile: colleague } = await createEsthetician(spa.location.id, { serviceIds: [spa.service.id], hours: MONDAY_HOURS });
    const base = { locationId: spa.location.id, clientId: spa.client.id, staffId: spa.staff.id, serviceId: spa.service.id };
    const visit = await insertAppointment({ ...base, startsAt: new Date("2030-03-04T15:00:00Z") });
    await insertAppointment({ ...base, startsAt: new Date("2030-02-25T15:00:00Z") }); // in the past: not listed

    const refused = await rejection(deactivateStaff(admin, { staffId: spa.staff.id }, NOW));
    expect(refused.code).toBe("CONFLICT");
    expect((refused.details?.data as { appointments: { id: string }[] }).appointments.map((a) => a.id)).toEqual([visit.id]);
    expect((await db.staffProfile.findUniqueOrThrow({ where: { id: spa.staff.id } })).active).toBe(true);

    expect(await listReassignTargets(admin, visit.id, NOW)).toEqual([colleague.id]);
    await moveAppointmentAsAdmin(admin, { appointmentId: visit.id, staffId: colleague.id, startsAt: visit.startsAt.toISOString() }, NOW);
    expect((await db.appointment.findUniqueOrThrow({ where: { id: visit.id } })).staffId).toBe(colleague.id);
    expect(await auditEvents(visit.id, "appointment.move")).toHaveLength(1);

    await deactivateStaff(admin, { staffId: spa.staff.id }, NOW);
    expect((await getStaffDetail(admin, spa.staff.id)).active).toBe(false);
    expect(await auditEvents(spa.staff.id, "staff.deactivate")).toHaveLength(1);
    await reactivateStaff(admin, { staffId: spa.staff.id });
    expect(await auditEvents(spa.staff.id, "staff.reactivate")).toHaveLength(1);
  });

  test("moving to a colleague who is busy then is a CONFLICT and changes nothing", async () => {
    const { profile: colleague } = await createEsthetician(spa.location.id, { serviceIds: [spa.service.id], hours: MONDAY_HOURS });
    const base = { locationId: spa.location.id, clientId: spa.client.id, serviceId: spa.service.id };
    const visit = await insertAppointment({ ...base, staffId: spa.staff.id, startsAt: new Date("2030-03-04T15:00:00Z") });
    // The colleague's visit is another client's: one client cannot hold two overlapping visits.
    const { user: otherClient } = await createUser({ role: "CLIENT" });
    await insertAppointment({ ...base, clientId: otherClient.id, staffId: colleague.id, startsAt: new Date("2030-03-04T15:30:00Z") });
    expect(await listReassignTargets(admin, visit.id, NOW)).toEqual([]);
    const error = await rejection(
      moveAppointmentAsAdmin(admin, { appointmentId: visit.id, staffId: colleague.id, startsAt: visit.startsAt.toISOString() }, NOW),
    );
    expect(error.code).toBe("CONFLICT");
    expect((await db.appointment.findUniqueOrThrow({ where: { id: visit.id } })).staffId).toBe(spa.staff.id);
    expect(await auditEvents(visit.id)).toHaveLength(0);
  });

  test("a colleague who does not perform the service is not a target and is refused", async () => {
    const { profile: unqualified } = await createEsthetician(spa.location.id, { hours: MONDAY_HOURS });
    const visit = await insertAppointment({
      locationId: spa.location.id,
      clientId: spa.client.id,
      staffId: spa.staff.id,
      serviceId: spa.service.id,
      startsAt: new Date("2030-03-04T15:00:00Z"),
    });
    expect(await listReassignTargets(admin, visit.id, NOW)).toEqual([]);
    const error = await rejection(
      moveAppointmentAsAdmin(admin, { appointmentId: visit.id, staffId: unqualified.id, startsAt: visit.startsAt.toISOString() }, NOW),
    );
    expect(error.code).toBe("CONFLICT");
  });

  test("a client or esthetician may not move appointments", async () => {
    const visit = await insertAppointment({
      locationId: spa.location.id,
      clientId: spa.client.id,
      staffId: spa.staff.id,
      serviceId: spa.service.id,
      startsAt: new Date("2030-03-04T15:00:00Z"),
    });
    for (const role of ["CLIENT", "ESTHETICIAN"] as const) {
      const actor = await createActor(role);
      const error = await rejection(
        moveAppointmentAsAdmin(actor, { appointmentId: visit.id, staffId: spa.staff.id, startsAt: visit.startsAt.toISOString() }, NOW),
      );
      expect(error.code).toBe("FORBIDDEN");
    }
  });
});
