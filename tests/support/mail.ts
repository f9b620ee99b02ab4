import { afterEach, beforeEach } from "vitest";
import { db } from "@/lib/db/client";
import type { EmailState, EmailTemplate } from "@/lib/db/generated/enums";
import { notifyAppointmentEvent } from "@/lib/booking/messages/appointment-outbox";
import { startWorker, type RunningWorker } from "@/lib/jobs/worker";
import type { WorkerOptions } from "@/lib/notify/worker";
import { insertAppointment } from "../factories/appointments";
import { asActor } from "../factories/booking-spa";
import { createEsthetician, createLocation, createService } from "../factories/spa";
import { createUser } from "../factories/users";
import { startTestSmtpServer } from "./smtp-server";
import { waitFor } from "./wait-for";

type Mail = { smtp: Awaited<ReturnType<typeof startTestSmtpServer>>; worker: RunningWorker };

/** The job worker in this process, against this test worker's database, polling every half second. */
export function startTestWorker(options: Omit<WorkerOptions, "connectionString" | "dueHandlers">): Promise<RunningWorker> {
  return startWorker({ connectionString: process.env.DATABASE_URL!, pollingIntervalSeconds: 0.5, log: () => {}, ...options });
}

/** A real SMTP server and the job worker around each test. */
export function runMailServerAndWorkerPerTest(): Mail {
  const mail = {} as Mail;
  beforeEach(async () => {
    mail.smtp = await startTestSmtpServer();
    mail.worker = await startTestWorker({ smtpUrl: mail.smtp.url });
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

/** Records the messages of an appointment event, as the booking commands do in their transaction. */
export const notify = (kind: Kind, appointmentId: string) => db.$transaction((tx) => notifyAppointmentEvent(tx, { kind, appointmentId }));

/** An appointment for the spa's client at `startsAt`, with its booking messages recorded. */
export async function bookWithMessages(spa: MailSpa, startsAt: Date) {
  const { location, service, profile, client } = spa;
  const appointment = await insertAppointment({
    locationId: location.id,
    clientId: client.id,
    staffId: profile.id,
    serviceId: service.id,
    startsAt,
  });
  await notify("booked", appointment.id);
  return appointment;
}

/** The appointment's messages of these templates, oldest first. */
export const messagesOf = (appointmentId: string, ...templates: EmailTemplate[]) =>
  db.emailMessage.findMany({ where: { appointmentId, template: { in: templates } }, orderBy: { createdAt: "asc" } });

/** Waits until the worker has handed the appointment's messages of `template` to the job queue. */
export function waitUntilQueued(appointmentId: string, template: EmailTemplate) {
  return waitFor(() => messagesOf(appointmentId, template), {
    until: (rows) => rows.length > 0 && rows.every((row) => row.jobQueuedAt !== null),
    show: (rows) => rows.map((row) => `${row.state}, handed to the queue at ${row.jobQueuedAt?.toISOString() ?? "never"}`),
    description: `the worker to queue the ${template} message of appointment ${appointmentId}`,
  });
}

const isPending = (state: EmailState) => state === "SCHEDULED" || state === "QUEUED" || state === "SENDING";

/**
 * Waits until the appointment has messages of `templates`, none of them is still scheduled,
 * queued or being sent, and the worker has finished every job it was handed for them; returns them, oldest first.
 * A settled message never changes again and a SENT one is already in the SMTP server's inbox, so
 * after this a test may assert what did NOT arrive. Scheduled messages due long after the test
 * (a reminder days ahead) never settle: leave their templates out.
 */
export async function waitUntilSettled(appointmentId: string, ...templates: EmailTemplate[]) {
  const observed = await waitFor(
    async () => {
      const rows = await messagesOf(appointmentId, ...templates);
      return { rows, jobsRunning: await unfinishedJobs(rows.map((row) => row.id)) };
    },
    {
      until: ({ rows, jobsRunning }) => rows.length > 0 && !rows.some((row) => isPending(row.state)) && jobsRunning === 0,
      show: ({ rows, jobsRunning }) => ({ messages: rows.map((row) => `${row.template} ${row.state}`), jobsRunning }),
      description: `the ${templates.join(" and ")} messages of appointment ${appointmentId} to settle`,
    },
  );
  return observed.rows;
}

/**
 * Jobs for these messages still waiting, running or due for a retry in pg-boss (a reminder's job
 * stays queued until its time even when the message was cancelled meanwhile).
 */
async function unfinishedJobs(messageIds: string[]): Promise<number> {
  if (messageIds.length === 0) return 0;
  const [row] = await db.$queryRaw<{ count: number }[]>`
    SELECT count(*)::int AS count FROM pgboss.job WHERE data->>'messageId' = ANY(${messageIds}::text[]) AND state < 'completed'`;
  return row?.count ?? 0;
}
