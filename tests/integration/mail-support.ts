import { afterEach, beforeEach } from "vitest";
import { startTestSmtpServer } from "@/lib/notify/test-smtp-server";
import { startWorker, type RunningWorker } from "@/lib/notify/worker";
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
