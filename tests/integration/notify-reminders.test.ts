import { beforeEach, describe, expect, test } from "vitest";
import { db } from "@/lib/db/client";
import type { EmailTemplate } from "@/lib/db/generated/enums";
import { submitIntake } from "@/lib/intake/commands";
import { INTAKE_REMINDER_LEAD_MS, REMINDER_LEAD_MS } from "@/lib/booking/messages/schedule";
import { buildIntakeAnswers } from "@/tests/support/intake";
import {
  arrangeMailSpa,
  bookWithMessages,
  messagesOf,
  notify,
  runMailServerAndWorkerPerTest,
  waitUntilQueued,
  waitUntilSettled,
} from "../support/mail";

// Both reminders follow the appointment: the 24-hour one, and the 48-hour intake reminder for a
// service that needs an intake the client has not given. Visits here start that lead + a few
// seconds from now, so the reminder falls due while the test watches the real SMTP server (with
// the intake reminder, the 24-hour one stays a day off).
const delivery = runMailServerAndWorkerPerTest();

const REMINDERS = [
  {
    name: "the 24-hour reminder",
    template: "APPOINTMENT_REMINDER",
    leadMs: REMINDER_LEAD_MS,
    requiresIntake: false,
    subject: "Reminder: Deep Pore Cleansing Facial tomorrow, ",
    link: /\/account\/appointments\/[0-9a-f-]+\n/,
    /** What booking sends at once, and the first word of each subject. */
    atBooking: ["BOOKING_CONFIRMATION"],
    atBookingWords: ["Booked:"],
  },
  {
    name: "the 48-hour intake reminder",
    template: "INTAKE_REMINDER",
    leadMs: INTAKE_REMINDER_LEAD_MS,
    requiresIntake: true,
    subject: "Reminder: intake form still needed for Deep Pore Cleansing Facial on ",
    link: /\/account\/intake\n/,
    atBooking: ["BOOKING_CONFIRMATION", "INTAKE_REQUEST"],
    atBookingWords: ["Booked:", "Intake"],
  },
] satisfies {
  name: string;
  template: EmailTemplate;
  leadMs: number;
  requiresIntake: boolean;
  subject: string;
  link: RegExp;
  atBooking: EmailTemplate[];
  atBookingWords: string[];
}[];

const localTime = (instant: Date) =>
  new Intl.DateTimeFormat("en-US", { timeZone: "America/New_York", hour: "numeric", minute: "2-digit", timeZoneName: "short" })
    .format(instant)
    .replace(/[\u202f\u00a0]/g, " ");

let spa: Awaited<ReturnType<typeof arrangeMailSpa>>;
const subjects = () => delivery.smtp.mailFor(spa.client.email).map((item) => item.mail.subject ?? "");
const firstWords = () =>
  subjects()
    .map((subject) => subject.split(" ")[0])
    .sort();

for (const reminder of REMINDERS) {
  const { template, leadMs, atBooking, atBookingWords } = reminder;
  const inSeconds = (seconds: number) => new Date(Date.now() + leadMs + seconds * 1000);
  const intakeRequests = (appointmentId: string) => db.emailMessage.count({ where: { appointmentId, template: "INTAKE_REQUEST" } });

  describe(reminder.name, () => {
    beforeEach(async () => {
      spa = await arrangeMailSpa({ requiresIntake: reminder.requiresIntake });
    });

    test("is sent when due, re-rendered in the spa's zone, with its link", async () => {
      const appointment = await bookWithMessages(spa, inSeconds(2));
      const [scheduled] = await messagesOf(appointment.id, template);
      expect(scheduled).toMatchObject({ state: "SCHEDULED", sendAfter: new Date(appointment.startsAt.getTime() - leadMs) });
      const [sent] = await waitUntilSettled(appointment.id, template);
      expect(sent).toMatchObject({ state: "SENT", attempts: 1 });
      await waitUntilSettled(appointment.id, ...atBooking);
      expect(firstWords()).toEqual([...atBookingWords, "Reminder:"].sort());
      const mail = delivery.smtp.mailFor(spa.client.email).find((item) => item.mail.subject?.startsWith(reminder.subject))?.mail;
      expect(mail?.subject).toContain(localTime(appointment.startsAt));
      expect(mail?.text).toMatch(reminder.link);
    });

    test("is not sent after a cancellation", async () => {
      const appointment = await bookWithMessages(spa, inSeconds(3));
      // Its job is in the queue, so the reminder's time comes and is checked, with the visit cancelled.
      await waitUntilQueued(appointment.id, template);
      await db.appointment.update({ where: { id: appointment.id }, data: { status: "CANCELLED", cancelledAt: new Date() } });
      await notify("cancelled", appointment.id);
      const [cancelled] = await waitUntilSettled(appointment.id, template);
      expect(cancelled).toMatchObject({ state: "CANCELLED", lastError: "Not sent: the appointment was cancelled." });
      await waitUntilSettled(appointment.id, ...atBooking, "APPOINTMENT_CANCELLED");
      expect(firstWords()).toEqual([...atBookingWords, "Cancelled:"].sort());
    });

    test("is re-checked when it fires: a visit cancelled without notifying gets nothing", async () => {
      const appointment = await bookWithMessages(spa, inSeconds(1));
      await db.appointment.update({ where: { id: appointment.id }, data: { status: "CANCELLED", cancelledAt: new Date() } });
      const [cancelled] = await waitUntilSettled(appointment.id, template);
      expect(cancelled).toMatchObject({ state: "CANCELLED", lastError: "Not sent: the appointment is cancelled." });
      await waitUntilSettled(appointment.id, ...atBooking);
      expect(firstWords()).toEqual([...atBookingWords].sort());
    });

    test("moves with the appointment: the old one is replaced, one reminder for the new time, no second request", async () => {
      const appointment = await bookWithMessages(spa, inSeconds(1));
      const movedTo = inSeconds(3);
      await db.appointment.update({
        where: { id: appointment.id },
        data: {
          startsAt: movedTo,
          endsAt: new Date(movedTo.getTime() + 3_600_000),
          blockedFrom: movedTo,
          blockedUntil: new Date(movedTo.getTime() + 3_600_000),
        },
      });
      await notify("rescheduled", appointment.id);
      const rows = await waitUntilSettled(appointment.id, template);
      expect(rows.map((row) => row.state)).toEqual(["CANCELLED", "SENT"]);
      expect(rows[0]?.lastError).toBe("Not sent: the appointment was moved (a new reminder replaces this one).");
      expect(rows[1]?.appointmentStartsAt).toEqual(movedTo);
      await waitUntilSettled(appointment.id, ...atBooking, "APPOINTMENT_RESCHEDULED");
      expect(firstWords()).toEqual([...atBookingWords, "Moved:", "Reminder:"].sort());
      expect(subjects().filter((subject) => subject.startsWith(reminder.subject))).toHaveLength(1);
      expect(await intakeRequests(appointment.id)).toBe(reminder.requiresIntake ? 1 : 0);
    });

    test("respects a client who turned reminders off; what the booking sends still goes", async () => {
      await db.notificationPreference.create({ data: { userId: spa.client.id, reminders: false } });
      const appointment = await bookWithMessages(spa, inSeconds(1));
      const [cancelled] = await waitUntilSettled(appointment.id, template);
      expect(cancelled).toMatchObject({ state: "CANCELLED", lastError: "Not sent: the client turned reminders off." });
      await waitUntilSettled(appointment.id, ...atBooking);
      expect(firstWords()).toEqual([...atBookingWords].sort());
    });

    test("is not scheduled for a visit closer than its lead (for the intake, the request at booking just asked)", async () => {
      const appointment = await bookWithMessages(spa, inSeconds(-3_600));
      expect(await messagesOf(appointment.id, template)).toEqual([]);
      expect(await intakeRequests(appointment.id)).toBe(reminder.requiresIntake ? 1 : 0);
    });
  });
}

describe("the 48-hour intake reminder, once the intake is in", () => {
  beforeEach(async () => {
    spa = await arrangeMailSpa({ requiresIntake: true });
  });

  test("is not sent when the intake was submitted before it fires, and says why", async () => {
    const appointment = await bookWithMessages(spa, new Date(Date.now() + INTAKE_REMINDER_LEAD_MS + 3_000));
    await submitIntake(spa.actor, buildIntakeAnswers(), { ip: null, userAgent: null });
    const [cancelled] = await waitUntilSettled(appointment.id, "INTAKE_REMINDER");
    expect(cancelled).toMatchObject({ state: "CANCELLED", lastError: "Not sent: the client submitted a current intake meanwhile." });
    expect(subjects().filter((subject) => subject.startsWith("Reminder: intake form"))).toEqual([]);
  });
});
