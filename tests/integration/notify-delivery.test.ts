import { afterEach, describe, expect, test } from "vitest";
import { db } from "@/lib/db/client";
import { notifyAppointmentEvent } from "@/lib/booking/messages/appointment-outbox";
import type { RunningWorker } from "@/lib/jobs/worker";
import { insertAppointment } from "../factories/appointments";
import { createEsthetician, createLocation, createService } from "../factories/spa";
import { createUser } from "../factories/users";
import { startTestWorker } from "../support/mail";
import { startTestSmtpServer } from "../support/smtp-server";
import { waitFor } from "../support/wait-for";

// The worker runs in-process against this worker's database and a real SMTP server on a free port.
const running: { worker?: RunningWorker; close?: () => Promise<void> } = {};
afterEach(async () => {
  await running.worker?.stop();
  await running.close?.();
  running.worker = undefined;
  running.close = undefined;
});

async function start(options: { refuseFirst?: number; smtp?: boolean; retryWindowSeconds?: number } = {}) {
  const smtp = await startTestSmtpServer({ refuseFirst: options.refuseFirst });
  running.close = smtp.close;
  running.worker = await startTestWorker({
    smtpUrl: options.smtp === false ? "" : smtp.url,
    delivery: { retryBaseDelaySeconds: 0.2, retryMaxDelaySeconds: 1, retryWindowSeconds: options.retryWindowSeconds ?? 3600 },
  });
  return smtp;
}

async function arrange() {
  const location = await createLocation({ timeZone: "America/New_York", name: "Glow Test Spa" });
  const service = await createService(location.id, { name: "Deep Pore Cleansing Facial", requiresIntake: false });
  const { profile } = await createEsthetician(location.id, { serviceIds: [service.id] });
  const { user: client } = await createUser({ role: "CLIENT" });
  const book = async (startsAt: Date, now = new Date("2026-10-01T12:00:00Z")) => {
    const appointment = await insertAppointment({
      locationId: location.id,
      clientId: client.id,
      staffId: profile.id,
      serviceId: service.id,
      startsAt,
    });
    await db.$transaction((tx) => notifyAppointmentEvent(tx, { kind: "booked", appointmentId: appointment.id }, now));
    return appointment;
  };
  return { location, service, client, book };
}

const messagesOf = (appointmentId: string) =>
  db.emailMessage.findMany({ where: { appointmentId, template: "BOOKING_CONFIRMATION" }, orderBy: { createdAt: "asc" } });

async function waitForState(appointmentId: string, state: string, timeoutMs = 15_000) {
  const message = await waitFor(async () => (await messagesOf(appointmentId))[0], {
    until: (row) => row?.state === state,
    show: (row) => row?.state ?? "no message",
    description: `the confirmation of appointment ${appointmentId} to be ${state}`,
    timeoutMs,
  });
  return message!;
}

describe("booking confirmation over real SMTP", () => {
  test("times are in the spa's zone on both sides of the DST change, with the .ics attached", async () => {
    const smtp = await start();
    const { client, book } = await arrange();
    const afterChange = await book(new Date("2026-11-02T15:00:00Z"));
    const beforeChange = await book(new Date("2026-10-30T14:00:00Z"));
    const mails = await smtp.waitForMail(client.email, 2);

    const bySubject = (needle: string) => mails.find((item) => item.mail.subject?.includes(needle))?.mail;
    const est = bySubject("Monday, November 2, 2026 at 10:00 AM EST");
    const edt = bySubject("Friday, October 30, 2026 at 10:00 AM EDT");
    expect(est?.subject).toBe("Booked: Deep Pore Cleansing Facial on Monday, November 2, 2026 at 10:00 AM EST");
    expect(edt, "the EDT confirmation").toBeDefined();
    expect(est?.text).toContain("Time: 10:00 AM – 11:00 AM EST");
    expect(edt?.text).toContain("Time: 10:00 AM – 11:00 AM EDT");
    expect(est?.html).toContain("10:00 AM – 11:00 AM EST");
    expect(est?.to && "text" in est.to ? est.to.text : "").toBe(client.email);
    expect(est?.from?.text).toBe('"Glow Test Spa" <spa@example.com>');
    // Built from the outbox row, so a retried send carries the same Message-ID.
    const [row] = await messagesOf(afterChange.id);
    expect(est?.messageId).toBe(`<email-${row!.id}@example.com>`);

    const ics = est?.attachments.find((attachment) => attachment.filename === "appointment.ics");
    expect(ics?.contentType).toBe("text/calendar");
    const calendar = ics?.content.toString("utf8") ?? "";
    expect(calendar).toContain(`UID:appointment-${afterChange.id}@glowbook`);
    expect(calendar).toContain("DTSTART:20261102T150000Z");
    expect(calendar).toContain("STATUS:CONFIRMED");

    for (const id of [afterChange.id, beforeChange.id]) {
      const message = await waitForState(id, "SENT");
      expect(message).toMatchObject({ attempts: 1, lastError: null, toAddress: client.email });
      expect(message.sentAt).toBeInstanceOf(Date);
      expect(message.attachments).toEqual([expect.objectContaining({ filename: "appointment.ics", size: expect.any(Number) })]);
    }
  });

  test("a refusal is retried with backoff: attempts 2, state sent, one message delivered", async () => {
    const smtp = await start({ refuseFirst: 1 });
    const { client, book } = await arrange();
    const appointment = await book(new Date("2026-11-02T15:00:00Z"));
    const message = await waitForState(appointment.id, "SENT", 20_000);
    expect(message.attempts).toBe(2);
    expect(smtp.refusedCount()).toBe(1);
    expect(smtp.mailFor(client.email)).toHaveLength(1);
  });

  test("once the retry window has closed the message is FAILED with the server's answer", async () => {
    const smtp = await start({ refuseFirst: 1000, retryWindowSeconds: 1 });
    const { client, book } = await arrange();
    const appointment = await book(new Date("2026-11-02T15:00:00Z"));
    const message = await waitForState(appointment.id, "FAILED", 20_000);
    expect(message).toMatchObject({ sentAt: null, leaseExpiresAt: null, claimToken: null });
    expect(message.attempts).toBeGreaterThanOrEqual(2);
    expect(smtp.refusedCount()).toBe(message.attempts);
    expect(message.lastError).toContain("try again later");
    expect(smtp.mailFor(client.email)).toHaveLength(0);
  });

  test("without SMTP the message is recorded, clearly not sent", async () => {
    const smtp = await start({ smtp: false });
    const { client, book } = await arrange();
    const appointment = await book(new Date("2026-11-02T15:00:00Z"));
    const message = await waitForState(appointment.id, "RECORDED");
    expect(message).toMatchObject({ attempts: 0, sentAt: null });
    expect(message.html).toContain("10:00 AM – 11:00 AM EST");
    expect(smtp.mailFor(client.email)).toHaveLength(0);
  });
});

describe("the outbox", () => {
  test("a rolled-back booking leaves no message behind", async () => {
    const { location, service, client } = await arrange();
    const { profile } = await createEsthetician(location.id, { serviceIds: [service.id] });
    const appointment = await insertAppointment({
      locationId: location.id,
      clientId: client.id,
      staffId: profile.id,
      serviceId: service.id,
      startsAt: new Date("2026-11-02T15:00:00Z"),
    });
    const failing = db.$transaction(async (tx) => {
      await notifyAppointmentEvent(tx, { kind: "booked", appointmentId: appointment.id });
      throw new Error("the booking failed after notifying");
    });
    await expect(failing).rejects.toThrow("the booking failed");
    expect(await db.emailMessage.count({ where: { appointmentId: appointment.id } })).toBe(0);
  });

  test("a message whose worker died mid-send is claimed again once its lease has run out, and sent once", async () => {
    const { client, book } = await arrange();
    const appointment = await book(new Date("2026-11-02T15:00:00Z"));
    // As if a worker had claimed it a minute ago and then been killed.
    await db.emailMessage.updateMany({
      where: { appointmentId: appointment.id, template: "BOOKING_CONFIRMATION" },
      data: { state: "SENDING", attempts: 1, firstAttemptAt: new Date(Date.now() - 60_000), leaseExpiresAt: new Date(Date.now() - 15_000) },
    });
    const smtp = await start();
    await smtp.waitForMail(client.email, 1);
    const message = await waitForState(appointment.id, "SENT");
    expect(message).toMatchObject({ attempts: 2, lastError: null, leaseExpiresAt: null });
    expect(smtp.mailFor(client.email)).toHaveLength(1);
  });

  test("a claim whose lease has not run out is left to its worker", async () => {
    const { client, book } = await arrange();
    const appointment = await book(new Date("2026-11-02T15:00:00Z"));
    await db.emailMessage.updateMany({
      where: { appointmentId: appointment.id, template: "BOOKING_CONFIRMATION" },
      data: { state: "SENDING", attempts: 1, firstAttemptAt: new Date(), leaseExpiresAt: new Date(Date.now() + 600_000) },
    });
    const other = await book(new Date("2026-11-03T15:00:00Z"));
    const smtp = await start();
    await waitForState(other.id, "SENT");
    expect((await messagesOf(appointment.id))[0]).toMatchObject({ state: "SENDING", attempts: 1 });
    expect(smtp.mailFor(client.email)).toHaveLength(1);
  });
});
