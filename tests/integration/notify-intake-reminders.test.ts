import { beforeEach, describe, expect, test } from "vitest";
import { db } from "@/lib/db/client";
import { submitIntake } from "@/lib/intake/commands";
import { buildIntakeInput } from "@/tests/support/intake";
import { INTAKE_REMINDER_LEAD_MS } from "@/lib/notify/schedule";
import { asActor } from "../factories/booking-spa";
import { arrangeMailSpa, bookWithMessages, messagesOf, notify, runMailServerAndWorkerPerTest, waitUntilSettled } from "../support/mail";

// The intake reminder goes 48 h before the visit. Visits here start 48 h + a few seconds from
// now, so it falls due while the test watches the real SMTP server (the 24 h one stays far off).
const delivery = runMailServerAndWorkerPerTest();
let spa: Awaited<ReturnType<typeof arrangeMailSpa>>;

beforeEach(async () => {
  spa = await arrangeMailSpa();
});


const inSeconds = (seconds: number) => new Date(Date.now() + INTAKE_REMINDER_LEAD_MS + seconds * 1000);


const subjects = () => delivery.smtp.mailFor(spa.client.email).map((item) => item.mail.subject ?? "");
const intakeReminderSubjects = () => subjects().filter((subject) => subject.startsWith("Reminder: intake form"));


describe("the 48-hour intake reminder", () => {
  test("is sent when the intake is still missing, in the spa's zone, with the link to the form", async () => {
    const appointment = await bookWithMessages(spa, inSeconds(2));
    const [scheduled] = await messagesOf(appointment.id, "INTAKE_REMINDER");
    expect(scheduled).toMatchObject({ state: "SCHEDULED", sendAfter: new Date(appointment.startsAt.getTime() - INTAKE_REMINDER_LEAD_MS) });
    const mails = await delivery.smtp.waitForMail(spa.client.email, 3);
    const reminder = mails.find((item) => item.mail.subject?.startsWith("Reminder: intake form"))?.mail;
    const local = new Intl.DateTimeFormat("en-US", { timeZone: "America/New_York", hour: "numeric", minute: "2-digit", timeZoneName: "short" })
      .format(appointment.startsAt)
      .replace(/[\u202f\u00a0]/g, " ");
    expect(reminder?.subject).toContain(`still needed for Deep Pore Cleansing Facial on`);
    expect(reminder?.subject).toContain(local);
    expect(reminder?.text).toMatch(/\/account\/intake\n/);
    const [sent] = await waitUntilSettled(appointment.id, "INTAKE_REMINDER");
    expect(sent).toMatchObject({ state: "SENT", attempts: 1 });
    expect(subjects().map((subject) => subject.split(" ")[0]).sort()).toEqual(["Booked:", "Intake", "Reminder:"]);
  });

  test("is not sent when the intake was submitted before it fires, and says why", async () => {
    const appointment = await bookWithMessages(spa, inSeconds(3));
    await submitIntake(asActor(spa.client), buildIntakeInput(), { ip: null, userAgent: null });
    const [reminder] = await waitUntilSettled(appointment.id, "INTAKE_REMINDER");
    expect(reminder).toMatchObject({ state: "CANCELLED", lastError: "Not sent: the client submitted a current intake meanwhile." });
    expect(intakeReminderSubjects()).toEqual([]);
  });

  test("is not sent after a cancellation", async () => {
    const appointment = await bookWithMessages(spa, inSeconds(2));
    await db.appointment.update({ where: { id: appointment.id }, data: { status: "CANCELLED", cancelledAt: new Date() } });
    await notify("cancelled", appointment.id);
    // Settled includes the reminder's job having run at its time, so a reminder sent anyway would be here.
    const [reminder] = await waitUntilSettled(appointment.id, "INTAKE_REMINDER");
    await waitUntilSettled(appointment.id, "BOOKING_CONFIRMATION", "INTAKE_REQUEST", "APPOINTMENT_CANCELLED");
    expect(subjects().map((subject) => subject.split(" ")[0]).sort()).toEqual(["Booked:", "Cancelled:", "Intake"]);
    expect(reminder).toMatchObject({ state: "CANCELLED", lastError: "Not sent: the appointment was cancelled." });
  });

  test("is re-checked when it fires: a visit cancelled without notifying gets nothing", async () => {
    const appointment = await bookWithMessages(spa, inSeconds(1));
    await db.appointment.update({ where: { id: appointment.id }, data: { status: "CANCELLED", cancelledAt: new Date() } });
    const [reminder] = await waitUntilSettled(appointment.id, "INTAKE_REMINDER");
    expect(reminder).toMatchObject({ state: "CANCELLED", lastError: "Not sent: the appointment is cancelled." });
    expect(intakeReminderSubjects()).toEqual([]);
  });

  test("moves with the appointment: the old one is replaced, one reminder for the new time, no second request", async () => {
    const appointment = await bookWithMessages(spa, inSeconds(1));
    const movedTo = inSeconds(3);
    await db.appointment.update({
      where: { id: appointment.id },
      data: { startsAt: movedTo, endsAt: new Date(movedTo.getTime() + 3_600_000), blockedFrom: movedTo, blockedUntil: new Date(movedTo.getTime() + 3_600_000) } });
    await notify("rescheduled", appointment.id);
    const rows = await waitUntilSettled(appointment.id, "INTAKE_REMINDER");
    await waitUntilSettled(appointment.id, "BOOKING_CONFIRMATION", "INTAKE_REQUEST", "APPOINTMENT_RESCHEDULED");
    expect(rows.map((row) => row.state)).toEqual(["CANCELLED", "SENT"]);
    expect(rows[0]?.lastError).toBe("Not sent: the appointment was moved (a new reminder replaces this one).");
    expect(rows[1]?.appointmentStartsAt).toEqual(movedTo);
    expect(intakeReminderSubjects()).toHaveLength(1);
    expect(subjects().filter((subject) => subject.startsWith("Intake form needed"))).toHaveLength(1);
    expect(await db.emailMessage.count({ where: { appointmentId: appointment.id, template: "INTAKE_REQUEST" } })).toBe(1);
  });

  test("respects a client who turned reminders off; the confirmation and the intake request still go", async () => {
    await db.notificationPreference.create({ data: { userId: spa.client.id, reminders: false } });
    const appointment = await bookWithMessages(spa, inSeconds(1));
    const [reminder] = await waitUntilSettled(appointment.id, "INTAKE_REMINDER");
    expect(reminder).toMatchObject({ state: "CANCELLED", lastError: "Not sent: the client turned reminders off." });
    await waitUntilSettled(appointment.id, "BOOKING_CONFIRMATION", "INTAKE_REQUEST");
    expect(subjects().map((subject) => subject.split(" ")[0]).sort()).toEqual(["Booked:", "Intake"]);
  });

  test("is not scheduled for a visit less than two days away (the request at booking just asked)", async () => {
    const appointment = await bookWithMessages(spa, inSeconds(-3_600));
    expect(await messagesOf(appointment.id, "INTAKE_REMINDER")).toEqual([]);
    expect(await db.emailMessage.count({ where: { appointmentId: appointment.id, template: "INTAKE_REQUEST" } })).toBe(1);
  });
});
