import { afterEach, beforeEach } from "vitest";
import { db } from "@/lib/db/client";
import type { EmailTemplate } from "@/lib/db/generated/enums";
import { notifyAppointmentEvent } from "@/lib/notify/outbox";
import { startTestSmtpServer } from "@/tests/support/smtp-server";
import { startWorker, type RunningWorker } from "@/lib/notify/worker";
import { insertAppointment } from "../factories/appointments";
import { asActor } from "../factories/booking-spa";
import { createEsthetician, createLocation, createService } from "../factories/spa";
import { createUser } from "../factories/users";

type Mail = { smtp: Awaited<ReturnType<typeof startTestSmtpServer>>; worker: RunningWorker };

/** A real SMTP server and the job worker (polling every half second) around each test. */
export function runMailServerAndWorkerPerTest(): Mail {
  const mail = {} as Mail;
  beforeEach(async () => {
    mail.smtp = await startTestSmtpServer();
    mail.worker = await startWorker({ connectionString: process.env.DATABASE_URL!, smtpUrl: mail.smtp.url, pollingIntervalSeconds: 0.5, log: () => {} });
  });
  afterEach(async () => {
    await mail.worker.stop();
    await mail.smtp.close();
  });
  return mail;
}

/** A New York spa with a deep pore facial, one esthetician and one client. */
export async function arrangeMailSpa(options: { requiresIntake?: boolean; name?: string } = {}) {
  const location = await createLocation({ timeZone: "America/New_York", ...(options.name ? { name: options.name } : {}) });
  const service = await createService(location.id, { name: "Deep Pore Cleansing Facial", requiresIntake: options.requiresIntake ?? true });
  const { profile } = await createEsthetician(location.id, { serviceIds: [service.id] });
  const { user: client } = await createUser({ role: "CLIENT" });
  return { location, service, profile, client, actor: asActor(client) };
}

type MailSpa = Awaited<ReturnType<typeof arrangeMailSpa>>;
type Kind = "booked" | "rescheduled" | "cancelled";

export const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Records the messages of an appointment event, as the booking commands do in their transaction. */
export const notify = (kind: Kind, appointmentId: string) => db.$transaction((tx) => notifyAppointmentEvent(tx, { kind, appointmentId }));

/** An appointment for the spa's client at `startsAt`, with its booking messages recorded. */
export async function bookWithMessages(spa: MailSpa, startsAt: Date) {
  const { location, service, profile, client } = spa;
  const appointment = await insertAppointment({ locationId: location.id, clientId: client.id, staffId: profile.id, serviceId: service.id, startsAt });
  await notify("booked", appointment.id);
  return appointment;
}

export const messagesOf = (appointmentId: string, template: EmailTemplate) =>
  db.emailMessage.findMany({ where: { appointmentId, template }, orderBy: { createdAt: "asc" } });

/** Waits until no message of `template` for the appointment is still scheduled or queued. */
export async function waitUntilSettled(appointmentId: string, template: EmailTemplate, timeoutMs = 15_000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const rows = await messagesOf(appointmentId, template);
    if (rows.every((row) => row.state !== "SCHEDULED" && row.state !== "QUEUED")) return rows;
    if (Date.now() > deadline) throw new Error(`${template} still pending: ${rows.map((row) => row.state).join(", ")}`);
    await pause(100);
  }
}
