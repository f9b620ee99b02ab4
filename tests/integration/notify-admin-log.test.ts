import { beforeEach, describe, expect, test } from "vitest";
import { addDays, getLocalDate } from "@/lib/dates/local-date";
import type { Actor, Role } from "@/lib/auth/policy";
import { db } from "@/lib/db/client";
import { resendFailedMessage, updateOwnNotificationPreferences } from "@/lib/notify/commands";
import { notifyAppointmentEvent } from "@/lib/booking/messages/appointment-outbox";
import { getEmailMessage, getOwnNotificationPreferences, listEmailMessages } from "@/lib/notify/queries";
import { emailLogFilterSchema } from "@/lib/notify/schema";
import { insertAppointment } from "../factories/appointments";
import { createEsthetician, createLocation, createService } from "../factories/spa";
import { createUser } from "../factories/users";

const asActor = (user: { id: string; email: string; name: string; role: Role }): Actor => ({
  userId: user.id,
  role: user.role,
  email: user.email,
  name: user.name,
});
const filter = (input: Record<string, unknown> = {}) => emailLogFilterSchema.parse(input);

let admin: Actor;
let client: Actor;
let esthetician: Actor;
let messageId: string;

beforeEach(async () => {
  const location = await createLocation();
  const service = await createService(location.id, { requiresIntake: false });
  const { profile, user: staffUser } = await createEsthetician(location.id, { serviceIds: [service.id] });
  const { user: clientUser } = await createUser({ role: "CLIENT" });
  const { user: adminUser } = await createUser({ role: "ADMIN" });
  [admin, client, esthetician] = [asActor(adminUser), asActor(clientUser), asActor(staffUser)];
  const appointment = await insertAppointment({
    locationId: location.id,
    clientId: clientUser.id,
    staffId: profile.id,
    serviceId: service.id,
    startsAt: new Date("2026-11-02T15:00:00Z"),
  });
  await db.$transaction((tx) =>
    notifyAppointmentEvent(tx, { kind: "booked", appointmentId: appointment.id }, new Date("2026-10-01T00:00:00Z")),
  );
  const row = await db.emailMessage.findFirstOrThrow({ where: { appointmentId: appointment.id, template: "BOOKING_CONFIRMATION" } });
  messageId = row.id;
});

describe("the email log is for admins only", () => {
  test.each([
    ["a client", () => client],
    ["an esthetician", () => esthetician],
  ])("%s is refused the list and the message, even their own", async (_name, who) => {
    await expect(listEmailMessages(who(), filter())).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(getEmailMessage(who(), messageId)).rejects.toMatchObject({ code: "FORBIDDEN" });
  });

  test("nobody signed in is refused", async () => {
    await expect(listEmailMessages(null as unknown as Actor, filter())).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
  });

  test("an admin reads the message as it was recorded, with attachment metadata only", async () => {
    const message = await getEmailMessage(admin, messageId);
    expect(message).toMatchObject({ toAddress: client.email, state: "QUEUED", template: "BOOKING_CONFIRMATION" });
    expect(message.html).toContain("10:00 AM – 11:00 AM EST");
    expect(message.attachments).toEqual([
      { filename: "appointment.ics", contentType: expect.stringContaining("text/calendar"), size: expect.any(Number) },
    ]);
  });

  test("an unknown or malformed id is NOT_FOUND", async () => {
    await expect(getEmailMessage(admin, "00000000-0000-4000-8000-000000000000")).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(getEmailMessage(admin, "not-an-id")).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  test("filters by recipient, state, template and day", async () => {
    const mine = await listEmailMessages(admin, filter({ q: client.email.toUpperCase() }));
    expect(mine.items.map((item) => item.template).sort()).toEqual(["APPOINTMENT_REMINDER", "BOOKING_CONFIRMATION"]);
    const scheduled = await listEmailMessages(admin, filter({ q: client.email, state: "SCHEDULED" }));
    expect(scheduled.items.map((item) => item.template)).toEqual(["APPOINTMENT_REMINDER"]);
    const confirmations = await listEmailMessages(admin, filter({ q: client.email, template: "BOOKING_CONFIRMATION" }));
    expect(confirmations.items.map((item) => item.id)).toEqual([messageId]);
    // Days are the spa's calendar days, as the log shows its times in the spa's zone.
    const { timeZone } = await listEmailMessages(admin, filter({}));
    const today = getLocalDate(new Date(), timeZone);
    expect((await listEmailMessages(admin, filter({ q: client.email, from: today, to: today }))).total).toBe(2);
    expect((await listEmailMessages(admin, filter({ q: client.email, from: addDays(today, 1) }))).total).toBe(0);
    expect((await listEmailMessages(admin, filter({ q: client.email, to: "2000-01-01" }))).total).toBe(0);
  });

  test("paginates 25 to a page", async () => {
    const page = await listEmailMessages(admin, filter({ page: "1" }));
    expect(page.items.length).toBeLessThanOrEqual(25);
    expect(page.pageCount).toBe(Math.max(1, Math.ceil(page.total / 25)));
  });
});

describe("notification preferences", () => {
  test("default to on, and each person changes only their own", async () => {
    expect(await getOwnNotificationPreferences(client)).toEqual({ reminders: true, nudges: true, waitlist: true });
    await updateOwnNotificationPreferences(client, { reminders: false, nudges: true, waitlist: true });
    expect(await getOwnNotificationPreferences(client)).toEqual({ reminders: false, nudges: true, waitlist: true });
    expect(await getOwnNotificationPreferences(esthetician)).toEqual({ reminders: true, nudges: true, waitlist: true });
    await updateOwnNotificationPreferences(client, { reminders: true, nudges: false, waitlist: false });
    expect(await db.notificationPreference.findUniqueOrThrow({ where: { userId: client.userId } })).toMatchObject({
      reminders: true,
      nudges: false,
      waitlist: false,
    });
  });

  test("need a signed-in person", async () => {
    await expect(
      updateOwnNotificationPreferences(null as unknown as Actor, { reminders: false, nudges: false, waitlist: false }),
    ).rejects.toMatchObject({
      code: "UNAUTHENTICATED",
    });
  });
});

describe("an admin sends a failed message again", () => {
  const fail = () =>
    db.emailMessage.update({ where: { id: messageId }, data: { state: "FAILED", attempts: 7, lastError: "550 no such user" } });

  test("it is queued now with a new retry window, and the resend is audited", async () => {
    await fail();
    await resendFailedMessage(admin, { messageId });
    const row = await db.emailMessage.findUniqueOrThrow({ where: { id: messageId } });
    expect(row).toMatchObject({ state: "QUEUED", firstAttemptAt: null, attempts: 0 });
    expect(Date.now() - row.sendAfter.getTime()).toBeLessThan(60_000);
    const audit = await db.auditEvent.findFirst({ where: { entityId: messageId, action: "email.resend" } });
    expect(audit).toMatchObject({
      actorId: admin.userId,
      entityType: "email_message",
      details: { previousAttempts: 7, lastError: "550 no such user" },
    });
  });

  test("a message that did not fail is left alone", async () => {
    await expect(resendFailedMessage(admin, { messageId })).rejects.toMatchObject({ code: "CONFLICT" });
    expect((await db.emailMessage.findUniqueOrThrow({ where: { id: messageId } })).state).toBe("QUEUED");
  });

  test("an unknown message is NOT_FOUND", async () => {
    await expect(resendFailedMessage(admin, { messageId: "00000000-0000-4000-8000-000000000000" })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
  });

  test.each([
    ["a client", () => client],
    ["an esthetician", () => esthetician],
  ])("%s may not", async (_name, who) => {
    await fail();
    await expect(resendFailedMessage(who(), { messageId })).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect((await db.emailMessage.findUniqueOrThrow({ where: { id: messageId } })).state).toBe("FAILED");
  });
});
