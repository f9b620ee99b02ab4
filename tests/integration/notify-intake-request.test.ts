import { beforeEach, describe, expect, test } from "vitest";
import { bookAppointment } from "@/lib/booking/book-command";
import { rescheduleAppointment } from "@/lib/booking/change-commands";
import { db } from "@/lib/db/client";
import { submitIntake } from "@/lib/intake/commands";
import { buildIntakeAnswers } from "@/tests/support/intake";
import { INTAKE_REMINDER_LEAD_MS } from "@/lib/booking/messages/schedule";
import { createBookableSpa } from "../factories/booking-spa";
import { arrangeMailSpa, bookWithMessages, runMailServerAndWorkerPerTest, waitUntilSettled } from "../support/mail";

// The intake request at booking: part of the booking (transactional), so it goes whatever the
// client's reminder choice. Visits here are ten days out, so no scheduled message fires meanwhile.
const delivery = runMailServerAndWorkerPerTest();
let spa: Awaited<ReturnType<typeof arrangeMailSpa>>;

beforeEach(async () => {
  spa = await arrangeMailSpa({ name: "Glow Test Spa" });
});

const tenDaysAhead = () => new Date(Math.ceil((Date.now() + 10 * 86_400_000) / 60_000) * 60_000);
const intakeRows = (appointmentId: string) =>
  db.emailMessage.findMany({
    where: { appointmentId, template: { in: ["INTAKE_REQUEST", "INTAKE_REMINDER"] } },
    orderBy: { createdAt: "asc" },
  });
const subjects = () => delivery.smtp.mailFor(spa.client.email).map((item) => item.mail.subject ?? "");

const book = (startsAt = tenDaysAhead()) => bookWithMessages(spa, startsAt);

/** Waits until everything the booking sends at once has settled, and returns the client's mail. */
async function settleMail(appointmentId: string) {
  await waitUntilSettled(appointmentId, "BOOKING_CONFIRMATION", "INTAKE_REQUEST");
  return delivery.smtp.mailFor(spa.client.email);
}

describe("the intake request at booking", () => {
  test("a service that needs an intake, a client without one: recorded with the booking and sent", async () => {
    const appointment = await book();
    const [request, reminder] = await intakeRows(appointment.id);
    expect(request).toMatchObject({ template: "INTAKE_REQUEST", toAddress: spa.client.email, appointmentStartsAt: appointment.startsAt });
    expect(reminder).toMatchObject({ template: "INTAKE_REMINDER", state: "SCHEDULED" });
    expect(reminder?.sendAfter).toEqual(new Date(appointment.startsAt.getTime() - INTAKE_REMINDER_LEAD_MS));

    await settleMail(appointment.id);
    expect(
      subjects()
        .map((subject) => subject.split(" ")[0])
        .sort(),
    ).toEqual(["Booked:", "Intake"]);
    const mail = delivery.smtp.mailFor(spa.client.email).find((item) => item.mail.subject?.startsWith("Intake form needed"))?.mail;
    const local = new Intl.DateTimeFormat("en-US", {
      timeZone: "America/New_York",
      hour: "numeric",
      minute: "2-digit",
      timeZoneName: "short",
    })
      .format(appointment.startsAt)
      .replace(/[\u202f\u00a0]/g, " ");
    expect(mail?.subject).toContain(`for Deep Pore Cleansing Facial on`);
    expect(mail?.subject).toContain(local);
    expect(mail?.text).toMatch(/Fill in your intake form: http:\/\/[^\s]+\/account\/intake\n/);
    expect(mail?.from?.text).toBe('"Glow Test Spa" <spa@example.com>');
    expect(mail?.attachments).toEqual([]);
    expect((await intakeRows(appointment.id))[0]).toMatchObject({ state: "SENT", attempts: 1 });
  });

  test("with a current intake, nothing about the intake is recorded or sent", async () => {
    await submitIntake(spa.actor, buildIntakeAnswers(), { ip: null, userAgent: null });
    const appointment = await book();
    expect(await intakeRows(appointment.id)).toEqual([]);
    await settleMail(appointment.id);
    expect(subjects().map((subject) => subject.split(":")[0])).toEqual(["Booked"]);
  });

  test("an expired intake is asked to be renewed, and no answer from it reaches the email", async () => {
    const longAgo = new Date(Date.now() - 400 * 86_400_000);
    await submitIntake(
      spa.actor,
      buildIntakeAnswers({ medical: { otherMedications: "Spironolactone 50 mg" } }),
      { ip: null, userAgent: null },
      longAgo,
    );
    const appointment = await book();
    expect((await intakeRows(appointment.id)).map((row) => row.template)).toEqual(["INTAKE_REQUEST", "INTAKE_REMINDER"]);
    const mails = await settleMail(appointment.id);
    const request = mails.find((item) => item.mail.subject?.startsWith("Intake form needed"))?.mail;
    expect(request?.text).toContain("out of date for this visit");
    for (const item of delivery.smtp.mailFor(spa.client.email)) {
      expect(`${item.mail.text ?? ""}${item.mail.html || ""}`).not.toContain("Spironolactone");
    }
  });

  test("a service that does not require an intake asks for none", async () => {
    await db.service.update({ where: { id: spa.service.id }, data: { requiresIntake: false } });
    const appointment = await book();
    expect(await intakeRows(appointment.id)).toEqual([]);
  });

  test("is sent although the client turned reminders off (it is part of the booking)", async () => {
    await db.notificationPreference.create({ data: { userId: spa.client.id, reminders: false } });
    const appointment = await book();
    await settleMail(appointment.id);
    expect(
      subjects()
        .map((subject) => subject.split(" ")[0])
        .sort(),
    ).toEqual(["Booked:", "Intake"]);
    expect((await intakeRows(appointment.id))[0]).toMatchObject({ template: "INTAKE_REQUEST", state: "SENT" });
  });
});

describe("through the booking commands (lib/booking unchanged)", () => {
  const now = new Date("2030-03-04T12:00:00Z");

  test("bookAppointment records the request in its transaction; a move does not ask again but re-plans the reminder", async () => {
    const bookable = await createBookableSpa();
    const booked = await bookAppointment(
      bookable.clientActor,
      { serviceId: bookable.service.id, staffId: null, startsAt: "2030-03-05T15:00:00.000Z", clientNotes: "" },
      now,
    );
    const rows = await intakeRows(booked.id);
    // 27 hours ahead: the request only; a 48-hour reminder would already be due.
    expect(rows.map((row) => [row.template, row.toAddress])).toEqual([["INTAKE_REQUEST", bookable.client.email]]);

    const movedTo = "2030-03-08T15:00:00.000Z";
    await rescheduleAppointment(bookable.clientActor, { appointmentId: booked.id, staffId: null, startsAt: movedTo }, now);
    const after = await intakeRows(booked.id);
    expect(after.map((row) => row.template)).toEqual(["INTAKE_REQUEST", "INTAKE_REMINDER"]);
    expect(after[1]).toMatchObject({
      state: "SCHEDULED",
      appointmentStartsAt: new Date(movedTo),
      sendAfter: new Date("2030-03-06T15:00:00.000Z"),
    });
  });
});
