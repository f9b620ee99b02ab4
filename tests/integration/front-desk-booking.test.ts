import { describe, expect, test } from "vitest";
import { checkPasswordToken, setPasswordWithToken } from "@/lib/account/password-commands";
import { authenticate } from "@/lib/auth/commands";
import { bookAppointment } from "@/lib/booking/book-command";
import { listServicesForSlot } from "@/lib/booking/desk-queries";
import { db } from "@/lib/db/client";
import { submitIntake } from "@/lib/intake/commands";
import { buildIntakeAnswers } from "@/tests/support/intake";
import { insertAppointment } from "../factories/appointments";
import { asActor, createBookableSpa } from "../factories/booking-spa";
import { createUser } from "../factories/users";
import { createActor, rejection } from "../support/admin";

const now = new Date("2030-03-04T12:00:00Z"); // Monday 07:00 New York
const tuesdayTen = "2030-03-05T15:00:00.000Z";

async function deskSpa(options: { staffCount?: number; roomCount?: number } = {}) {
  const spa = await createBookableSpa(options);
  const desk = await createActor("FRONT_DESK");
  return { ...spa, desk, staffId: spa.staff[0]!.profile.id };
}

const booking = (spa: Awaited<ReturnType<typeof deskSpa>>, startsAt = tuesdayTen) => ({
  serviceId: spa.service.id,
  staffId: spa.staffId,
  startsAt,
  clientNotes: "",
});

describe("the front desk books for a client", () => {
  test("an existing client, through the online booking command, confirmed and audited", async () => {
    const spa = await deskSpa();
    const booked = await bookAppointment(spa.desk, booking(spa), now, { client: { id: spa.client.id } });
    expect(booked).toMatchObject({ clientId: spa.client.id, staffId: spa.staffId, status: "BOOKED" });
    const messages = await db.emailMessage.findMany({ where: { appointmentId: booked.id }, orderBy: { template: "asc" } });
    expect(messages.map((m) => [m.template, m.clientId])).toEqual(
      expect.arrayContaining([
        ["BOOKING_CONFIRMATION", spa.client.id],
        ["INTAKE_REQUEST", spa.client.id],
      ]),
    );
    const audit = await db.auditEvent.findFirstOrThrow({ where: { entityId: booked.id, action: "appointment.book" } });
    expect(audit).toMatchObject({
      actorId: spa.desk.userId,
      details: expect.objectContaining({ clientId: spa.client.id, newClient: false }),
    });
  });

  test("a new client by phone without an email: created with the booking, no password, no messages", async () => {
    const spa = await deskSpa();
    const booked = await bookAppointment(spa.desk, booking(spa), now, {
      client: { create: { name: "Walk In", phone: "+1 212 555 0100", email: null } },
    });
    const client = await db.user.findUniqueOrThrow({ where: { id: booked.clientId } });
    expect(client).toMatchObject({ name: "Walk In", email: null, passwordHash: null, role: "CLIENT" });
    expect(await db.emailMessage.count({ where: { clientId: client.id } })).toBe(0);
  });

  test("a new client with an email gets the confirmation, the intake link and a single-use set-password link", async () => {
    const spa = await deskSpa();
    const booked = await bookAppointment(spa.desk, booking(spa), now, {
      client: { create: { name: "Nina Park", phone: "+1 212 555 0101", email: "nina.park@example.com" } },
    });
    const templates = (await db.emailMessage.findMany({ where: { clientId: booked.clientId } })).map((m) => m.template).sort();
    // The visit is 27 hours away: too soon for the 48-hour intake reminder.
    expect(templates).toEqual(["ACCOUNT_INVITATION", "APPOINTMENT_REMINDER", "BOOKING_CONFIRMATION", "INTAKE_REQUEST"]);
    const invitation = await db.emailMessage.findFirstOrThrow({ where: { clientId: booked.clientId, template: "ACCOUNT_INVITATION" } });
    const token = /\/set-password\/([A-Za-z0-9_-]{43})/.exec(invitation.text)![1]!;
    // Only a hash is stored.
    const stored = await db.passwordToken.findFirstOrThrow({ where: { userId: booked.clientId } });
    expect(stored.tokenHash).not.toContain(token);
    expect(await checkPasswordToken(token, now)).toEqual({ state: "usable", name: "Nina Park" });
    await expect(
      authenticate({ email: "nina.park@example.com", password: "glowing calm river day", ip: "127.0.0.1" }, { now }),
    ).rejects.toMatchObject({
      code: "UNAUTHENTICATED",
    });
    await setPasswordWithToken({ token, password: "glowing calm river day", confirmPassword: "glowing calm river day" }, now);
    await expect(
      authenticate({ email: "nina.park@example.com", password: "glowing calm river day", ip: "127.0.0.1" }, { now }),
    ).resolves.toMatchObject({
      userId: booked.clientId,
    });
    // Single use.
    expect(
      (
        await rejection(
          setPasswordWithToken({ token, password: "another good passphrase", confirmPassword: "another good passphrase" }, now),
        )
      ).code,
    ).toBe("CONFLICT");
    expect((await checkPasswordToken(token, now)).state).toBe("used");
  });

  test("an expired set-password link is refused", async () => {
    const spa = await deskSpa();
    const booked = await bookAppointment(spa.desk, booking(spa), now, {
      client: { create: { name: "Late Reader", phone: "+1 212 555 0102", email: "late.reader@example.com" } },
    });
    const invitation = await db.emailMessage.findFirstOrThrow({ where: { clientId: booked.clientId, template: "ACCOUNT_INVITATION" } });
    const token = /\/set-password\/([A-Za-z0-9_-]{43})/.exec(invitation.text)![1]!;
    const later = new Date(now.getTime() + 8 * 24 * 3_600_000);
    expect((await checkPasswordToken(token, later)).state).toBe("expired");
    const refused = await rejection(
      setPasswordWithToken({ token, password: "glowing calm river day", confirmPassword: "glowing calm river day" }, later),
    );
    expect(refused).toMatchObject({ code: "CONFLICT", userMessage: expect.stringContaining("expired") });
  });

  test("a new client whose email is taken is refused on the field, and nothing is booked", async () => {
    const spa = await deskSpa();
    const refused = await rejection(
      bookAppointment(spa.desk, booking(spa), now, {
        client: { create: { name: "Copy", phone: "+1 212 555 0103", email: spa.client.email } },
      }),
    );
    expect(refused).toMatchObject({ code: "CONFLICT", details: { fieldErrors: { "client.email": [expect.any(String)] } } });
    expect(await db.appointment.count({ where: { serviceId: spa.service.id } })).toBe(0);
  });

  test("staff book inside the minimum notice and past the maximum advance, but never over an occupied esthetician or room", async () => {
    const spa = await deskSpa({ staffCount: 2, roomCount: 1 });
    const inAnHour = "2030-03-04T13:00:00.000Z"; // 08:00 New York, before opening
    expect((await rejection(bookAppointment(spa.desk, booking(spa, inAnHour), now, { client: { id: spa.client.id } }))).code).toBe(
      "CONFLICT",
    );
    // The first start whose 10-minute preparation fits after 09:00 opening is 09:15.
    const soon = "2030-03-04T14:15:00.000Z";
    const walkIn = new Date("2030-03-04T14:22:00Z"); // 09:22: the 09:15 slot is in progress, a walk-in takes it
    await expect(bookAppointment(spa.desk, booking(spa, soon), walkIn, { client: { id: spa.client.id } })).resolves.toBeDefined();
    expect(
      (await rejection(bookAppointment(spa.clientActor, { ...booking(spa, "2030-03-04T15:00:00.000Z"), staffId: null }, walkIn))).code,
    ).toBe("CONFLICT");
    const farAhead = "2030-09-03T14:15:00.000Z"; // 10:15 EDT, 183 days ahead: past the 90-day online limit
    await expect(bookAppointment(spa.desk, booking(spa, farAhead), now, { client: { id: spa.client.id } })).resolves.toBeDefined();
    // The one room is held at 09:00: the colleague cannot take a client then either.
    const other = { ...booking(spa, soon), staffId: spa.staff[1]!.profile.id };
    const { user } = await createUser({ role: "CLIENT" });
    expect((await rejection(bookAppointment(spa.desk, other, walkIn, { client: { id: user.id } }))).code).toBe("CONFLICT");
    // Over an occupied esthetician: refused too.
    expect((await rejection(bookAppointment(spa.desk, booking(spa, soon), walkIn, { client: { id: user.id } }))).code).toBe("CONFLICT");
  });

  test("a contraindication BLOCK needs a reason to override, which is audited", async () => {
    const spa = await deskSpa();
    // Isotretinoin stopped a month ago BLOCKs physical exfoliation; the factory service has EXTRACTION (a CAUTION)…
    await db.service.update({ where: { id: spa.service.id }, data: { steps: ["CLEANSE", "EXFOLIATION_PHYSICAL", "MASK"] } });
    await submitIntake(
      spa.clientActor,
      buildIntakeAnswers({ actives: { isotretinoin: { status: "stopped", lastUsedOn: "2030-02-01" } } }),
      { ip: null, userAgent: null },
      now,
    );
    const refused = await rejection(bookAppointment(spa.desk, booking(spa), now, { client: { id: spa.client.id } }));
    expect(refused).toMatchObject({ code: "CONFLICT", details: { data: { reason: "CONTRAINDICATED", requiresOverride: true } } });
    const flags = (refused.details?.data as { flags: { severity: string; message: string }[] }).flags;
    expect(flags).toEqual([{ severity: "BLOCK", message: expect.stringContaining("acne medicine") }]);
    expect(JSON.stringify(refused)).not.toMatch(/stopped 2030|Isotretinoin now/);

    const booked = await bookAppointment(spa.desk, booking(spa), now, {
      client: { id: spa.client.id },
      overrideReason: "Esthetician will skip exfoliation.",
    });
    const audit = await db.auditEvent.findFirstOrThrow({ where: { entityId: booked.id, action: "appointment.contraindication-override" } });
    expect(audit).toMatchObject({
      actorId: spa.desk.userId,
      details: { reason: "Esthetician will skip exfoliation.", rules: ["Isotretinoin within 6 months: exfoliation and waxing"] },
    });
  });

  test("a taken time: someone outside the desk's client directory is still NOT_FOUND; one inside gets alternatives without an intake read", async () => {
    const spa = await deskSpa();
    await bookAppointment(spa.desk, booking(spa), now, { client: { id: spa.client.id } });
    // An esthetician's account is not a client in the desk's directory.
    const notAClient = spa.staff[0]!.user.id;
    await expect(bookAppointment(spa.desk, booking(spa), now, { client: { id: notAClient } })).rejects.toMatchObject({ code: "NOT_FOUND" });

    const { user: other } = await createUser({ role: "CLIENT" });
    await submitIntake(asActor(other), buildIntakeAnswers(), { ip: null, userAgent: null }, now);
    const reads = () => db.auditEvent.count({ where: { action: "intake.read", actorId: spa.desk.userId } });
    const before = await reads();
    const refused = await rejection(bookAppointment(spa.desk, booking(spa), now, { client: { id: other.id } }));
    expect(refused).toMatchObject({ code: "CONFLICT", details: { data: { alternatives: expect.arrayContaining([expect.anything()]) } } });
    expect(await reads()).toBe(before);
  });

  test("the booking panel lists the esthetician's services, those that do not fit with the reason", async () => {
    const spa = await deskSpa();
    await insertAppointment({
      locationId: spa.location.id,
      clientId: spa.client.id,
      staffId: spa.staffId,
      serviceId: spa.service.id,
      startsAt: new Date("2030-03-05T16:30:00Z"),
    });
    const fits = await listServicesForSlot(spa.desk, { staffId: spa.staffId, startsAt: tuesdayTen }, now);
    expect(fits).toEqual([expect.objectContaining({ id: spa.service.id, refusal: null })]);
    const clash = await listServicesForSlot(spa.desk, { staffId: spa.staffId, startsAt: "2030-03-05T16:00:00.000Z" }, now);
    expect(clash[0]!.refusal).toMatch(/Does not fit/);
  });

  test.each(["CLIENT", "ESTHETICIAN"] as const)("a %s cannot book for a client", async (role) => {
    const spa = await deskSpa();
    const actor = role === "CLIENT" ? spa.clientActor : asActor(spa.staff[0]!.user);
    expect((await rejection(bookAppointment(actor, booking(spa), now, { client: { id: spa.client.id } }))).code).toBe("FORBIDDEN");
    expect((await rejection(listServicesForSlot(actor, { staffId: spa.staffId, startsAt: tuesdayTen }, now))).code).toBe("FORBIDDEN");
  });
});
