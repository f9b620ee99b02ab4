import { beforeEach, describe, expect, test } from "vitest";
import { db } from "@/lib/db/client";
import { REMINDER_LEAD_MS } from "@/lib/notify/schedule";
import { arrangeMailSpa, bookWithMessages, messagesOf, notify, runMailServerAndWorkerPerTest, waitUntilSettled } from "../support/mail";

// Reminders go 24 h before the visit. Visits here start 24 h + a few seconds from now, so the
// reminder falls due while the test watches the real SMTP server.
const delivery = runMailServerAndWorkerPerTest();
let spa: Awaited<ReturnType<typeof arrangeMailSpa>>;

beforeEach(async () => {
  spa = await arrangeMailSpa({ requiresIntake: false });
});


const inSeconds = (seconds: number) => new Date(Date.now() + REMINDER_LEAD_MS + seconds * 1000);


const subjects = () => delivery.smtp.mailFor(spa.client.email).map((item) => item.mail.subject ?? "");


describe("the 24-hour reminder", () => {
  test("is sent when due, re-rendered in the spa's zone", async () => {
    const appointment = await bookWithMessages(spa, inSeconds(2));
    const [scheduled] = await messagesOf(appointment.id, "APPOINTMENT_REMINDER");
    expect(scheduled).toMatchObject({ state: "SCHEDULED", sendAfter: new Date(appointment.startsAt.getTime() - REMINDER_LEAD_MS) });
    const mails = await delivery.smtp.waitForMail(spa.client.email, 2);
    const reminder = mails.find((item) => item.mail.subject?.startsWith("Reminder:"))?.mail;
    const local = new Intl.DateTimeFormat("en-US", { timeZone: "America/New_York", hour: "numeric", minute: "2-digit", timeZoneName: "short" })
      .format(appointment.startsAt)
      .replace(/[\u202f\u00a0]/g, " ");
    expect(reminder?.subject).toContain(local);
    const [sent] = await waitUntilSettled(appointment.id, "APPOINTMENT_REMINDER");
    expect(sent).toMatchObject({ state: "SENT", attempts: 1 });
  });

  test("is not sent after a cancellation", async () => {
    const appointment = await bookWithMessages(spa, inSeconds(2));
    await db.appointment.update({ where: { id: appointment.id }, data: { status: "CANCELLED", cancelledAt: new Date() } });
    await notify("cancelled", appointment.id);
    // Settled includes the reminder's job having run at its time, so a reminder sent anyway would be here.
    const [reminder] = await waitUntilSettled(appointment.id, "APPOINTMENT_REMINDER");
    await waitUntilSettled(appointment.id, "BOOKING_CONFIRMATION", "APPOINTMENT_CANCELLED");
    expect(subjects().map((subject) => subject.split(":")[0]).sort()).toEqual(["Booked", "Cancelled"]);
    expect(reminder).toMatchObject({ state: "CANCELLED", lastError: "Not sent: the appointment was cancelled." });
  });

  test("is re-checked when it fires: a visit cancelled without notifying gets nothing", async () => {
    const appointment = await bookWithMessages(spa, inSeconds(1));
    await db.appointment.update({ where: { id: appointment.id }, data: { status: "CANCELLED", cancelledAt: new Date() } });
    const [reminder] = await waitUntilSettled(appointment.id, "APPOINTMENT_REMINDER");
    expect(reminder).toMatchObject({ state: "CANCELLED", lastError: "Not sent: the appointment is cancelled." });
    expect(subjects().filter((subject) => subject.startsWith("Reminder:"))).toEqual([]);
  });

  test("moves with the appointment: the old one is replaced, one reminder for the new time", async () => {
    const appointment = await bookWithMessages(spa, inSeconds(1));
    const movedTo = inSeconds(3);
    await db.appointment.update({
      where: { id: appointment.id },
      data: { startsAt: movedTo, endsAt: new Date(movedTo.getTime() + 3_600_000), blockedFrom: movedTo, blockedUntil: new Date(movedTo.getTime() + 3_600_000) } });
    await notify("rescheduled", appointment.id);
    const rows = await waitUntilSettled(appointment.id, "APPOINTMENT_REMINDER");
    await waitUntilSettled(appointment.id, "BOOKING_CONFIRMATION", "APPOINTMENT_RESCHEDULED");
    expect(rows.map((row) => row.state)).toEqual(["CANCELLED", "SENT"]);
    expect(rows[0]?.lastError).toBe("Not sent: the appointment was moved (a new reminder replaces this one).");
    expect(rows[1]?.appointmentStartsAt).toEqual(movedTo);
    expect(subjects().filter((subject) => subject.startsWith("Reminder:"))).toHaveLength(1);
    expect(subjects().filter((subject) => subject.startsWith("Moved:"))).toHaveLength(1);
  });

  test("respects a client who turned reminders off; the confirmation still goes", async () => {
    await db.notificationPreference.create({ data: { userId: spa.client.id, reminders: false } });
    const appointment = await bookWithMessages(spa, inSeconds(1));
    const [reminder] = await waitUntilSettled(appointment.id, "APPOINTMENT_REMINDER");
    expect(reminder).toMatchObject({ state: "CANCELLED", lastError: "Not sent: the client turned reminders off." });
    await waitUntilSettled(appointment.id, "BOOKING_CONFIRMATION");
    expect(subjects().map((subject) => subject.split(":")[0])).toEqual(["Booked"]);
  });

  test("is not scheduled for a visit less than a day away", async () => {
    const appointment = await bookWithMessages(spa, inSeconds(-3_600));
    expect(await messagesOf(appointment.id, "APPOINTMENT_REMINDER")).toEqual([]);
  });
});
