import { describe, expect, test } from "vitest";
import { bookAppointment } from "@/lib/booking/book-command";
import { cancelAppointment, rescheduleAppointment } from "@/lib/booking/change-commands";
import { getAppointment, listOwnAppointments } from "@/lib/booking/queries";
import { db } from "@/lib/db/client";
import { asActor, createBookableSpa } from "../factories/booking-spa";
import { createUser } from "../factories/users";

const now = new Date("2030-03-04T12:00:00Z"); // Monday 07:00 New York
const tuesdayTen = "2030-03-05T15:00:00.000Z";
const tuesdayOne = "2030-03-05T18:00:00.000Z";

async function bookedSpa(options: { staffCount?: number; roomCount?: number } = {}) {
  const spa = await createBookableSpa(options);
  const appointment = await bookAppointment(
    spa.clientActor,
    { serviceId: spa.service.id, staffId: null, startsAt: tuesdayTen, clientNotes: "" },
    now,
  );
  return { ...spa, appointment };
}

describe("rescheduleAppointment", () => {
  test("moves the appointment and frees the old time for others", async () => {
    const spa = await bookedSpa();
    const moved = await rescheduleAppointment(
      spa.clientActor,
      { appointmentId: spa.appointment.id, staffId: null, startsAt: tuesdayOne },
      now,
    );
    expect(moved.startsAt.toISOString()).toBe(tuesdayOne);
    const row = await db.appointment.findUniqueOrThrow({ where: { id: spa.appointment.id }, include: { resources: true } });
    expect(row.blockedFrom.toISOString()).toBe("2030-03-05T17:50:00.000Z");
    expect(row.resources).toHaveLength(1);
    expect(row.resources[0]!.blockedFrom.toISOString()).toBe("2030-03-05T17:50:00.000Z");

    const { user: other } = await createUser({ role: "CLIENT" });
    await expect(
      bookAppointment(asActor(other), { serviceId: spa.service.id, staffId: null, startsAt: tuesdayTen, clientNotes: "" }, now),
    ).resolves.toBeDefined();
  });

  test("may move by less than its own length (it never blocks itself)", async () => {
    const spa = await bookedSpa();
    const moved = await rescheduleAppointment(
      spa.clientActor,
      { appointmentId: spa.appointment.id, staffId: null, startsAt: "2030-03-05T15:15:00.000Z" },
      now,
    );
    expect(moved.startsAt.toISOString()).toBe("2030-03-05T15:15:00.000Z");
  });

  test("is atomic: a taken target leaves the original booking exactly as it was", async () => {
    const spa = await bookedSpa();
    const { user: other } = await createUser({ role: "CLIENT" });
    await bookAppointment(asActor(other), { serviceId: spa.service.id, staffId: null, startsAt: tuesdayOne, clientNotes: "" }, now);
    const before = await db.appointment.findUniqueOrThrow({ where: { id: spa.appointment.id }, include: { resources: true } });

    await expect(
      rescheduleAppointment(spa.clientActor, { appointmentId: spa.appointment.id, staffId: null, startsAt: tuesdayOne }, now),
    ).rejects.toMatchObject({ code: "CONFLICT" });
    const after = await db.appointment.findUniqueOrThrow({ where: { id: spa.appointment.id }, include: { resources: true } });
    expect(after).toEqual(before);
  });

  test("a client cannot move it inside the cancellation window and is told whom to call", async () => {
    const spa = await bookedSpa();
    const late = new Date("2030-03-04T15:30:00Z"); // 23.5 h before
    await expect(
      rescheduleAppointment(spa.clientActor, { appointmentId: spa.appointment.id, staffId: null, startsAt: tuesdayOne }, late),
    ).rejects.toMatchObject({ code: "FORBIDDEN", userMessage: expect.stringContaining("+1 212 555 0100") });
  });
});

describe("cancelAppointment", () => {
  test("a client cancels before the window: CANCELLED, and the room and time are free again", async () => {
    const spa = await bookedSpa();
    const result = await cancelAppointment(spa.clientActor, { appointmentId: spa.appointment.id, reason: "Travelling" }, now);
    expect(result.status).toBe("CANCELLED");
    const row = await db.appointment.findUniqueOrThrow({ where: { id: spa.appointment.id }, include: { resources: true } });
    expect(row).toMatchObject({ cancellationReason: "Travelling", cancelledById: spa.client.id });
    expect(row.resources.every((r) => !r.occupying)).toBe(true);
    const mail = await db.emailMessage.findMany({ where: { appointmentId: spa.appointment.id }, select: { template: true, state: true } });
    expect(mail.find((m) => m.template === "APPOINTMENT_CANCELLED")).toBeDefined();
    expect(mail.filter((m) => m.template === "APPOINTMENT_REMINDER").every((m) => m.state === "CANCELLED")).toBe(true);
    const { user: other } = await createUser({ role: "CLIENT" });
    await expect(
      bookAppointment(asActor(other), { serviceId: spa.service.id, staffId: null, startsAt: tuesdayTen, clientNotes: "" }, now),
    ).resolves.toBeDefined();
  });

  test("inside the window a client is refused, the assigned esthetician records a late cancellation", async () => {
    const spa = await bookedSpa();
    const late = new Date("2030-03-05T09:00:00Z");
    await expect(cancelAppointment(spa.clientActor, { appointmentId: spa.appointment.id }, late)).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    const esthetician = asActor(spa.staff[0]!.user);
    await expect(cancelAppointment(esthetician, { appointmentId: spa.appointment.id }, late)).resolves.toMatchObject({
      status: "LATE_CANCELLED",
    });
  });

  test("an admin cancelling well ahead records a plain cancellation; a second cancel is a conflict", async () => {
    const spa = await bookedSpa();
    await expect(cancelAppointment(spa.adminActor, { appointmentId: spa.appointment.id }, now)).resolves.toMatchObject({
      status: "CANCELLED",
    });
    await expect(cancelAppointment(spa.adminActor, { appointmentId: spa.appointment.id }, now)).rejects.toMatchObject({ code: "CONFLICT" });
  });
});

describe("nobody reaches another person's appointment", () => {
  test("another client, an unrelated esthetician and a made-up id all get the same NOT_FOUND", async () => {
    const spa = await bookedSpa({ staffCount: 1 });
    const { user: stranger } = await createUser({ role: "CLIENT" });
    const { user: otherStaffUser } = await createUser({ role: "ESTHETICIAN" });
    const outsiders = [asActor(stranger), asActor(otherStaffUser)];
    const ids = [spa.appointment.id, "7d1f0e56-1d2c-4a8e-9d1a-3c4b5a6f7e8d"];
    for (const actor of outsiders) {
      for (const id of ids) {
        await expect(getAppointment(actor, id, now)).rejects.toMatchObject({
          code: "NOT_FOUND",
          userMessage: "That appointment was not found.",
        });
        await expect(cancelAppointment(actor, { appointmentId: id }, now)).rejects.toMatchObject({ code: "NOT_FOUND" });
        await expect(rescheduleAppointment(actor, { appointmentId: id, staffId: null, startsAt: tuesdayOne }, now)).rejects.toMatchObject({
          code: "NOT_FOUND",
        });
      }
    }
    const untouched = await db.appointment.findUniqueOrThrow({ where: { id: spa.appointment.id } });
    expect(untouched.status).toBe("BOOKED");
    expect((await listOwnAppointments(asActor(stranger), now)).upcoming).toEqual([]);
  });

  test("the client, their esthetician and an admin can all read it", async () => {
    const spa = await bookedSpa();
    for (const actor of [spa.clientActor, asActor(spa.staff[0]!.user), spa.adminActor]) {
      await expect(getAppointment(actor, spa.appointment.id, now)).resolves.toMatchObject({ id: spa.appointment.id, canChange: true });
    }
    const { upcoming, past } = await listOwnAppointments(spa.clientActor, now);
    expect(upcoming.map((a) => a.id)).toEqual([spa.appointment.id]);
    expect(past).toEqual([]);
  });
});
