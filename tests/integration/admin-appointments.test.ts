import { beforeEach, describe, expect, test } from "vitest";
import { cancelAsAdmin, markAppointmentStatus } from "@/lib/booking/status-commands";
import { completeVisit } from "@/lib/consultation/complete-visit";
import { adminCancelSchema } from "@/lib/booking/schema";
import { moveAppointmentAsAdmin } from "@/lib/booking/move-command";
import type { Actor } from "@/lib/auth/policy";
import { db } from "@/lib/db/client";
import { insertAppointment } from "../factories/appointments";
import { auditEvents, createActor, createSpa, NOW, rejection } from "../support/admin";

let admin: Actor;
let spa: Awaited<ReturnType<typeof createSpa>>;
let visit: { id: string; startsAt: Date };
const room = () =>
  db.resource.create({ data: { locationId: spa.location.id, name: `Room ${crypto.randomUUID().slice(0, 4)}`, kind: "TREATMENT_ROOM" } });
beforeEach(async () => {
  admin = await createActor("ADMIN");
  spa = await createSpa();
  const { id } = await room();
  visit = await insertAppointment({
    locationId: spa.location.id,
    clientId: spa.client.id,
    staffId: spa.staff.id,
    serviceId: spa.service.id,
    startsAt: new Date("2030-03-04T15:00:00Z"),
    resourceIds: [id],
  });
});
const statusOf = async (id: string) => (await db.appointment.findUniqueOrThrow({ where: { id } })).status;

describe("cancelAsAdmin", () => {
  test("outside the window: CANCELLED with the reason, resources freed, audited", async () => {
    const result = await cancelAsAdmin(admin, adminCancelSchema.parse({ appointmentId: visit.id, reason: "Client called" }), NOW);
    expect(result.status).toBe("CANCELLED");
    const row = await db.appointment.findUniqueOrThrow({ where: { id: visit.id }, include: { resources: true } });
    expect(row).toMatchObject({ cancellationReason: "Client called", cancelledById: admin.userId });
    expect(row.resources.every((r) => !r.occupying)).toBe(true);
    expect((await auditEvents(visit.id, "appointment.cancel"))[0]!.details).toMatchObject({ from: "BOOKED", to: "CANCELLED" });
  });

  test("inside the window it is LATE_CANCELLED unless the spa is the cause", async () => {
    const lateNow = new Date("2030-03-04T10:00:00Z");
    expect((await cancelAsAdmin(admin, adminCancelSchema.parse({ appointmentId: visit.id, reason: "Called late" }), lateNow)).status).toBe(
      "LATE_CANCELLED",
    );
    const other = await insertAppointment({
      locationId: spa.location.id,
      clientId: spa.client.id,
      staffId: spa.staff.id,
      serviceId: spa.service.id,
      startsAt: new Date("2030-03-04T18:00:00Z"),
    });
    const input = adminCancelSchema.parse({ appointmentId: other.id, reason: "Esthetician ill", spaInitiated: true });
    expect((await cancelAsAdmin(admin, input, lateNow)).status).toBe("CANCELLED");
  });

  test("a reason is required; an already-cancelled visit is a CONFLICT", async () => {
    expect(adminCancelSchema.safeParse({ appointmentId: visit.id, reason: " " }).error?.issues[0]?.path).toEqual(["reason"]);
    await cancelAsAdmin(admin, adminCancelSchema.parse({ appointmentId: visit.id, reason: "x" }), NOW);
    expect((await rejection(cancelAsAdmin(admin, adminCancelSchema.parse({ appointmentId: visit.id, reason: "x" }), NOW))).code).toBe(
      "CONFLICT",
    );
  });
});

describe("markAppointmentStatus and completeVisit", () => {
  test("check in, then complete once the note is signed; each audited", async () => {
    await markAppointmentStatus(admin, { appointmentId: visit.id, status: "CHECKED_IN" }, new Date("2030-03-04T14:50:00Z"));
    const completeAt = new Date("2030-03-04T16:00:00Z");
    expect((await rejection(completeVisit(admin, { appointmentId: visit.id }, completeAt))).userMessage).toBe(
      "Sign the treatment note before completing the appointment.",
    );
    await db.treatmentNote.create({ data: { appointmentId: visit.id, authorId: spa.staffUser.id, signedAt: completeAt } });
    await completeVisit(admin, { appointmentId: visit.id }, completeAt);
    expect(await statusOf(visit.id)).toBe("COMPLETED");
    expect((await auditEvents(visit.id, "appointment.mark-status")).map((e) => e.details)).toEqual([
      { from: "BOOKED", to: "CHECKED_IN" },
      { from: "CHECKED_IN", to: "COMPLETED" },
    ]);
  });

  test("a no-show before the start is refused; after it, recorded", async () => {
    expect((await rejection(markAppointmentStatus(admin, { appointmentId: visit.id, status: "NO_SHOW" }, NOW))).code).toBe("CONFLICT");
    await markAppointmentStatus(admin, { appointmentId: visit.id, status: "NO_SHOW" }, new Date("2030-03-04T15:20:00Z"));
    expect(await statusOf(visit.id)).toBe("NO_SHOW");
  });

  test("an unknown appointment is NOT_FOUND", async () => {
    expect((await rejection(markAppointmentStatus(admin, { appointmentId: crypto.randomUUID(), status: "NO_SHOW" }, NOW))).code).toBe(
      "NOT_FOUND",
    );
  });
});

describe("moveAppointmentAsAdmin to a new time", () => {
  test("moves within the same esthetician's hours and takes the room along", async () => {
    const to = "2030-03-04T18:00:00.000Z";
    const moved = await moveAppointmentAsAdmin(admin, { appointmentId: visit.id, staffId: spa.staff.id, startsAt: to }, NOW);
    expect(moved.startsAt.toISOString()).toBe(to);
    const held = await db.appointmentResource.findMany({ where: { appointmentId: visit.id } });
    expect(held).toHaveLength(0); // the factory service needs no room, so none is held after a move
  });

  test("outside working hours is a CONFLICT", async () => {
    const error = await rejection(
      moveAppointmentAsAdmin(admin, { appointmentId: visit.id, staffId: spa.staff.id, startsAt: "2030-03-04T23:00:00Z" }, NOW),
    );
    expect(error.code).toBe("CONFLICT");
  });
});

test.each(["CLIENT", "ESTHETICIAN"] as const)("a %s may not cancel or mark as admin", async (role) => {
  const actor = await createActor(role);
  expect((await rejection(cancelAsAdmin(actor, adminCancelSchema.parse({ appointmentId: visit.id, reason: "x" }), NOW))).code).toBe(
    "FORBIDDEN",
  );
  expect((await rejection(markAppointmentStatus(actor, { appointmentId: visit.id, status: "NO_SHOW" }, NOW))).code).toBe("FORBIDDEN");
  expect(await statusOf(visit.id)).toBe("BOOKED");
});
