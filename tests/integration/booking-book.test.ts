import { describe, expect, test } from "vitest";
import { findAvailability } from "@/lib/booking/availability";
import { bookAppointment } from "@/lib/booking/book-command";
import { db } from "@/lib/db/client";
import { submitIntake } from "@/lib/intake/commands";
import { buildIntakeAnswers } from "@/tests/support/intake";
import { asActor, createBookableSpa } from "../factories/booking-spa";
import { createUser } from "../factories/users";

// Monday 2030-03-04, 07:00 in New York. Tuesday 10:00 EST is 15:00Z.
const now = new Date("2030-03-04T12:00:00Z");
const tuesdayTen = "2030-03-05T15:00:00.000Z";

describe("bookAppointment", () => {
  test("books a free slot, holds a room and stores the blocked interval with buffers", async () => {
    const spa = await createBookableSpa();
    const booked = await bookAppointment(
      spa.clientActor,
      { serviceId: spa.service.id, staffId: null, startsAt: tuesdayTen, clientNotes: "First visit" },
      now,
    );

    const row = await db.appointment.findUniqueOrThrow({ where: { id: booked.id }, include: { resources: true } });
    expect(row).toMatchObject({
      clientId: spa.client.id,
      staffId: spa.staff[0]!.profile.id,
      status: "BOOKED",
      clientNotes: "First visit",
      priceCents: 9000,
    });
    expect(row.blockedFrom.toISOString()).toBe("2030-03-05T14:50:00.000Z");
    expect(row.blockedUntil.toISOString()).toBe("2030-03-05T16:15:00.000Z");
    expect(row.resources.map((r) => r.resourceId)).toEqual([spa.rooms[0]!.id]);
    const mail = await db.emailMessage.findMany({ where: { appointmentId: booked.id }, select: { template: true, toAddress: true } });
    expect(mail.map((m) => m.template).sort()).toEqual(["APPOINTMENT_REMINDER", "BOOKING_CONFIRMATION", "INTAKE_REQUEST"]);
    expect(mail.every((m) => m.toAddress === spa.client.email)).toBe(true);
  });

  test("a treatment that needs a room and a device holds one of each for the blocked interval; its messages are logged in the order they were planned", async () => {
    const spa = await createBookableSpa();
    await db.serviceResourceRequirement.create({ data: { serviceId: spa.service.id, kind: "FACIAL_STEAMER", quantity: 1 } });
    const steamer = await db.resource.create({ data: { locationId: spa.location.id, name: "Steamer", kind: "FACIAL_STEAMER" } });
    const booked = await bookAppointment(
      spa.clientActor,
      { serviceId: spa.service.id, staffId: null, startsAt: tuesdayTen, clientNotes: "" },
      now,
    );

    const held = await db.appointmentResource.findMany({ where: { appointmentId: booked.id }, orderBy: { resourceId: "asc" } });
    expect(held.map((unit) => unit.resourceId)).toEqual([spa.rooms[0]!.id, steamer.id].sort());
    for (const unit of held) {
      expect(unit).toMatchObject({ occupying: true });
      expect([unit.blockedFrom.toISOString(), unit.blockedUntil.toISOString()]).toEqual([
        "2030-03-05T14:50:00.000Z",
        "2030-03-05T16:15:00.000Z",
      ]);
    }
    const mail = await db.emailMessage.findMany({ where: { appointmentId: booked.id }, orderBy: { createdAt: "asc" } });
    expect(mail.map((message) => [message.template, message.state])).toEqual([
      ["BOOKING_CONFIRMATION", "QUEUED"],
      ["INTAKE_REQUEST", "QUEUED"],
      ["APPOINTMENT_REMINDER", "SCHEDULED"],
    ]);
    const [confirmation, , reminder] = mail;
    expect(confirmation).toMatchObject({ clientId: spa.client.id, toAddress: spa.client.email, attempts: 0, sentAt: null });
    expect(confirmation!.appointmentStartsAt!.toISOString()).toBe(tuesdayTen);
    expect(confirmation!.subject).toContain(spa.service.name);
    expect(confirmation!.attachments).toEqual([
      expect.objectContaining({ filename: "appointment.ics", contentType: expect.stringContaining("text/calendar") }),
    ]);
    expect(reminder!.attachments).toEqual([]);
    expect(reminder!.sendAfter.toISOString()).toBe("2030-03-04T15:00:00.000Z");
  });

  test("the booked time disappears from availability, buffers included", async () => {
    const spa = await createBookableSpa();
    await bookAppointment(spa.clientActor, { serviceId: spa.service.id, staffId: null, startsAt: tuesdayTen, clientNotes: "" }, now);
    const { slots } = await findAvailability({ service: spa.service.slug, from: "2030-03-05", to: "2030-03-05" }, now);
    // Hours 9–5 and blocked = [start − 10, start + 75): free slots run 9:15–3:45 on the 15-minute grid.
    // The 10:00 booking blocks 9:50–11:15, so the first slot after it is 11:30 (11:25 is off-grid).
    expect(slots[0]?.start).toBe("2030-03-05T16:30:00.000Z");
    expect(slots.at(-1)?.start).toBe("2030-03-05T20:45:00.000Z");
    expect(slots).toHaveLength(18);
  });
});

describe("when the time is not free", () => {
  test("a time off the grid or outside hours is refused with the nearest free alternatives", async () => {
    const spa = await createBookableSpa();
    const error = await bookAppointment(
      spa.clientActor,
      { serviceId: spa.service.id, staffId: null, startsAt: "2030-03-05T15:05:00.000Z", clientNotes: "" },
      now,
    ).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: "CONFLICT", userMessage: expect.stringContaining("no longer available") });
    const alternatives = (error as { details: { data: { alternatives: { start: string }[] } } }).details.data.alternatives;
    expect(alternatives.map((a) => a.start)).toEqual(
      [
        "2030-03-05T14:45:00.000Z",
        "2030-03-05T15:00:00.000Z",
        "2030-03-05T15:15:00.000Z",
        "2030-03-05T14:30:00.000Z",
        "2030-03-05T15:30:00.000Z",
      ].sort(),
    );
  });

  test("a time just taken is refused before the client's intake is read, so the refusal leaves no audited read", async () => {
    const spa = await createBookableSpa();
    const staffId = spa.staff[0]!.profile.id;
    await bookAppointment(spa.clientActor, { serviceId: spa.service.id, staffId, startsAt: tuesdayTen, clientNotes: "" }, now);
    const { user } = await createUser({ role: "CLIENT" });
    await submitIntake(asActor(user), buildIntakeAnswers(), { ip: null, userAgent: null }, now);
    const error = await bookAppointment(
      asActor(user),
      { serviceId: spa.service.id, staffId, startsAt: tuesdayTen, clientNotes: "" },
      now,
    ).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: "CONFLICT", details: { data: { alternatives: expect.arrayContaining([expect.anything()]) } } });
    expect(await db.auditEvent.count({ where: { actorId: user.id, action: "intake.read" } })).toBe(0);
    // A free time reads (and audits) the intake as before.
    await bookAppointment(
      asActor(user),
      { serviceId: spa.service.id, staffId, startsAt: "2030-03-05T18:00:00.000Z", clientNotes: "" },
      now,
    );
    expect(await db.auditEvent.count({ where: { actorId: user.id, action: "intake.read" } })).toBe(1);
  });

  test("a slot inside the minimum notice is refused", async () => {
    const spa = await createBookableSpa();
    // 09:15 local today is 2 h 15 min away, 08:45 is only 1 h 45 min: the policy needs 2 h.
    await expect(
      bookAppointment(
        spa.clientActor,
        { serviceId: spa.service.id, staffId: null, startsAt: "2030-03-04T13:45:00.000Z", clientNotes: "" },
        now,
      ),
    ).rejects.toMatchObject({ code: "CONFLICT" });
    await expect(
      bookAppointment(
        spa.clientActor,
        { serviceId: spa.service.id, staffId: null, startsAt: "2030-03-04T14:15:00.000Z", clientNotes: "" },
        now,
      ),
    ).resolves.toBeDefined();
  });

  test("an unknown or archived service is NOT_FOUND", async () => {
    const spa = await createBookableSpa();
    await db.service.update({ where: { id: spa.service.id }, data: { active: false } });
    await expect(
      bookAppointment(spa.clientActor, { serviceId: spa.service.id, staffId: null, startsAt: tuesdayTen, clientNotes: "" }, now),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  test("only clients book for themselves", async () => {
    const spa = await createBookableSpa();
    await expect(
      bookAppointment(spa.adminActor, { serviceId: spa.service.id, staffId: null, startsAt: tuesdayTen, clientNotes: "" }, now),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});

describe("'any esthetician'", () => {
  test("goes to the free esthetician with the fewest booked minutes that day", async () => {
    const spa = await createBookableSpa({ staffCount: 2, roomCount: 2 });
    const [first, second] = spa.staff;
    const early = await bookAppointment(
      spa.clientActor,
      { serviceId: spa.service.id, staffId: first!.profile.id, startsAt: "2030-03-05T14:15:00.000Z", clientNotes: "" },
      now,
    );
    expect(early.staffId).toBe(first!.profile.id);
    const any = await bookAppointment(
      spa.clientActor,
      { serviceId: spa.service.id, staffId: null, startsAt: "2030-03-05T18:00:00.000Z", clientNotes: "" },
      now,
    );
    expect(any.staffId).toBe(second!.profile.id);
  });

  test("a room shared by two estheticians limits them to one booking at a time", async () => {
    const spa = await createBookableSpa({ staffCount: 2, roomCount: 1 });
    await bookAppointment(
      spa.clientActor,
      { serviceId: spa.service.id, staffId: spa.staff[0]!.profile.id, startsAt: tuesdayTen, clientNotes: "" },
      now,
    );
    await expect(
      bookAppointment(
        spa.clientActor,
        { serviceId: spa.service.id, staffId: spa.staff[1]!.profile.id, startsAt: tuesdayTen, clientNotes: "" },
        now,
      ),
    ).rejects.toMatchObject({ code: "CONFLICT" });
  });
});

describe("racing for the same slot", () => {
  test("twelve clients at once for one esthetician's slot: exactly one wins, the rest get alternatives", async () => {
    const spa = await createBookableSpa();
    const clients = await Promise.all(Array.from({ length: 12 }, () => createUser({ role: "CLIENT" })));
    const results = await Promise.allSettled(
      clients.map(({ user }) =>
        bookAppointment(
          asActor(user),
          { serviceId: spa.service.id, staffId: spa.staff[0]!.profile.id, startsAt: tuesdayTen, clientNotes: "" },
          now,
        ),
      ),
    );
    const won = results.filter((r) => r.status === "fulfilled");
    const lost = results.filter((r): r is PromiseRejectedResult => r.status === "rejected");
    expect(won).toHaveLength(1);
    expect(lost.every((r) => (r.reason as { code?: string }).code === "CONFLICT")).toBe(true);
    expect(await db.appointment.count({ where: { staffId: spa.staff[0]!.profile.id } })).toBe(1);
    // Losers' transactions rolled back: exactly one confirmation was written.
    expect(
      await db.emailMessage.count({ where: { template: "BOOKING_CONFIRMATION", appointment: { staffId: spa.staff[0]!.profile.id } } }),
    ).toBe(1);
  });

  test("with 'any' and two free estheticians, two of five racing clients win — one each", async () => {
    const spa = await createBookableSpa({ staffCount: 2, roomCount: 2 });
    const clients = await Promise.all(Array.from({ length: 5 }, () => createUser({ role: "CLIENT" })));
    const results = await Promise.allSettled(
      clients.map(({ user }) =>
        bookAppointment(asActor(user), { serviceId: spa.service.id, staffId: null, startsAt: tuesdayTen, clientNotes: "" }, now),
      ),
    );
    const winners = results.flatMap((r) => (r.status === "fulfilled" ? [r.value.staffId] : []));
    expect(winners.sort()).toEqual(spa.staff.map((s) => s.profile.id).sort());
    expect(results.filter((r) => r.status === "rejected").every((r) => (r as PromiseRejectedResult).reason.code === "CONFLICT")).toBe(true);
  });

  test("clients of four estheticians booking the same time all get a room (no spurious conflicts)", async () => {
    const spa = await createBookableSpa({ staffCount: 4, roomCount: 4 });
    const clients = await Promise.all(spa.staff.map(() => createUser({ role: "CLIENT" })));
    const results = await Promise.allSettled(
      clients.map(({ user }, i) =>
        bookAppointment(
          asActor(user),
          { serviceId: spa.service.id, staffId: spa.staff[i]!.profile.id, startsAt: tuesdayTen, clientNotes: "" },
          now,
        ),
      ),
    );
    expect(results.map((r) => r.status)).toEqual(["fulfilled", "fulfilled", "fulfilled", "fulfilled"]);
    const rooms = await db.appointmentResource.findMany({
      where: { appointment: { serviceId: spa.service.id } },
      select: { resourceId: true },
    });
    expect(new Set(rooms.map((r) => r.resourceId)).size).toBe(4);
  });
});
