import { describe, expect, test } from "vitest";
import { bookAppointment } from "@/lib/booking/book-command";
import { db } from "@/lib/db/client";
import { isClientOverlapViolation } from "@/lib/errors/postgres";
import { toActionResult } from "@/lib/errors/to-action-result";
import { insertAppointment } from "../factories/appointments";
import { createBookableSpa } from "../factories/booking-spa";
import { createActor, rejection } from "../support/admin";

// A client cannot hold two overlapping appointments (issue 14): the database refuses it; online
// booking says so; the desk may book it deliberately with a reason, kept on the visit and audited.

const now = new Date("2030-03-04T12:00:00Z"); // Monday 07:00 New York
const tuesdayTen = "2030-03-05T15:00:00.000Z";
const tuesdayTenThirty = "2030-03-05T15:30:00.000Z";

async function spaWithVisit() {
  const spa = await createBookableSpa({ staffCount: 2, roomCount: 2 });
  const desk = await createActor("FRONT_DESK");
  const first = await bookAppointment(
    spa.clientActor,
    {
      serviceId: spa.service.id,
      staffId: spa.staff[0]!.profile.id,
      startsAt: tuesdayTen,
      clientNotes: "",
    },
    now,
  );
  return { ...spa, desk, first };
}

const withSecondEsthetician = (spa: Awaited<ReturnType<typeof spaWithVisit>>, startsAt = tuesdayTenThirty) => ({
  serviceId: spa.service.id,
  staffId: spa.staff[1]!.profile.id,
  startsAt,
  clientNotes: "",
});

describe("a client's overlapping appointments", () => {
  test("online, a client cannot book a second visit over their first (with another esthetician and room)", async () => {
    const spa = await spaWithVisit();
    const error = await rejection(bookAppointment(spa.clientActor, withSecondEsthetician(spa), now));
    expect(error).toMatchObject({ code: "CONFLICT", details: { data: { reason: "CLIENT_OVERLAP", requiresOverlapReason: false } } });
    expect(error.userMessage).toMatch(/You already have an appointment at that time/);
    expect(await db.appointment.count({ where: { clientId: spa.client.id } })).toBe(1);
  });

  test("the desk is told which visit clashes, and books it only with a reason, kept on the visit and audited", async () => {
    const spa = await spaWithVisit();
    const refused = await rejection(bookAppointment(spa.desk, withSecondEsthetician(spa), now, { client: { id: spa.client.id } }));
    expect(refused).toMatchObject({
      code: "CONFLICT",
      details: {
        data: { reason: "CLIENT_OVERLAP", requiresOverlapReason: true, overlapping: [{ id: spa.first.id, serviceName: spa.service.name }] },
      },
    });
    const booked = await bookAppointment(spa.desk, withSecondEsthetician(spa), now, {
      client: { id: spa.client.id },
      overlapReason: "  Mother and daughter share the booking  ",
    });
    const row = await db.appointment.findUniqueOrThrow({ where: { id: booked.id } });
    expect(row.clientOverlapReason).toBe("Mother and daughter share the booking");
    const audit = await db.auditEvent.findFirstOrThrow({ where: { entityId: booked.id, action: "appointment.client-overlap" } });
    expect(audit).toMatchObject({
      actorId: spa.desk.userId,
      details: { reason: "Mother and daughter share the booking", overlapping: [spa.first.id] },
    });
  });

  test("a reason given where nothing overlaps is not kept on the visit nor audited", async () => {
    const spa = await spaWithVisit();
    const booked = await bookAppointment(spa.desk, withSecondEsthetician(spa, "2030-03-05T16:00:00.000Z"), now, {
      client: { id: spa.client.id },
      overlapReason: "Just in case",
    });
    const row = await db.appointment.findUniqueOrThrow({ where: { id: booked.id } });
    expect(row.clientOverlapReason).toBeNull();
    expect(await db.auditEvent.count({ where: { entityId: booked.id, action: "appointment.client-overlap" } })).toBe(0);
    expect(await db.auditEvent.count({ where: { entityId: booked.id, action: "appointment.book" } })).toBe(1);
  });

  test("back to back needs no reason, and a cancelled visit holds no time", async () => {
    const spa = await spaWithVisit();
    await bookAppointment(spa.clientActor, withSecondEsthetician(spa, "2030-03-05T16:00:00.000Z"), now);
    const base = { locationId: spa.location.id, clientId: spa.client.id, serviceId: spa.service.id, staffId: spa.staff[1]!.profile.id };
    await insertAppointment({ ...base, startsAt: new Date("2030-03-06T15:00:00.000Z") });
    await insertAppointment({
      ...base,
      staffId: spa.staff[0]!.profile.id,
      startsAt: new Date("2030-03-06T15:00:00.000Z"),
      status: "CANCELLED",
    });
    expect(await db.appointment.count({ where: { clientId: spa.client.id } })).toBe(4);
  });

  test("the database itself refuses an overlap written around the command; a wrong constraint name is not mistaken for it", async () => {
    const spa = await spaWithVisit();
    const base = { locationId: spa.location.id, clientId: spa.client.id, serviceId: spa.service.id, staffId: spa.staff[1]!.profile.id };
    const error = await insertAppointment({ ...base, startsAt: new Date(tuesdayTenThirty) }).then(
      () => null,
      (caught: unknown) => caught,
    );
    expect(isClientOverlapViolation(error)).toBe(true);
    expect(toActionResult(error)).toMatchObject({ ok: false, code: "CONFLICT", data: { reason: "CLIENT_OVERLAP" } });
    // The same esthetician at the same time is the staff constraint: a lost race, not the client's overlap.
    const other = await createActor("CLIENT");
    const staffClash = await insertAppointment({
      ...base,
      clientId: other.userId,
      staffId: spa.staff[0]!.profile.id,
      startsAt: new Date(tuesdayTen),
    }).then(
      () => null,
      (caught: unknown) => caught,
    );
    expect(staffClash).not.toBeNull();
    expect(isClientOverlapViolation(staffClash)).toBe(false);
  });
});
