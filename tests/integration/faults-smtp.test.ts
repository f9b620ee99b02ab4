import { afterEach, describe, expect, test } from "vitest";
import { db } from "@/lib/db/client";
import type { RunningWorker } from "@/lib/jobs/worker";
import type { DeliveryPolicy } from "@/lib/notify/delivery-policy";
import { arrangeMailSpa, bookWithMessages, messagesOf, startTestWorker } from "../support/mail";
import { startTestSmtpServer, type TestSmtpServer } from "../support/smtp-server";
import { waitFor } from "../support/wait-for";

// SMTP faults against the real worker and a real SMTP server, on short clocks: a send timeout of
// two seconds, backoff from 0.2 s. The guarantees are the ones the defaults give over hours.
const running: { worker?: RunningWorker; smtp?: TestSmtpServer } = {};
afterEach(async () => {
  await running.worker?.stop();
  await running.smtp?.close();
  running.worker = undefined;
  running.smtp = undefined;
});

async function start(options: { smtp?: Parameters<typeof startTestSmtpServer>[0]; delivery?: Partial<DeliveryPolicy> } = {}) {
  const smtp = await startTestSmtpServer(options.smtp);
  running.smtp = smtp;
  running.worker = await startTestWorker({
    smtpUrl: smtp.url,
    delivery: {
      sendTimeoutSeconds: 2,
      retryBaseDelaySeconds: 0.2,
      retryMaxDelaySeconds: 0.5,
      probeIntervalSeconds: 0.3,
      ...options.delivery,
    },
  });
  return smtp;
}

const confirmationOf = async (appointmentId: string) => (await messagesOf(appointmentId, "BOOKING_CONFIRMATION"))[0]!;

function waitForConfirmation(appointmentId: string, state: string, timeoutMs = 20_000) {
  return waitFor(() => confirmationOf(appointmentId), {
    until: (row) => row.state === state,
    show: (row) => `${row.state}, ${row.attempts} attempts, ${row.lastError ?? "no error"}`,
    description: `the confirmation of ${appointmentId} to be ${state}`,
    timeoutMs,
  });
}

const day = (n: number) => new Date(Date.UTC(2027, 0, 4 + n, 15));

describe("SMTP faults", () => {
  test("SMTP down for longer than the old give-up window: retried throughout, delivered once it returns, nothing FAILED", async () => {
    const smtp = await start({ delivery: { probeIntervalSeconds: 60 } });
    smtp.setAvailable(false);
    const spa = await arrangeMailSpa({ requiresIntake: false });
    const appointment = await bookWithMessages(spa, day(1));
    // The old policy gave up after 6 attempts; this one keeps going, well past that.
    await waitFor(() => confirmationOf(appointment.id), {
      until: (row) => row.attempts >= 10,
      show: (row) => `${row.state}, ${row.attempts} attempts`,
      description: "ten refused attempts",
    });
    const waiting = await confirmationOf(appointment.id);
    expect(waiting.state).not.toBe("FAILED");
    expect(waiting.lastError).toContain("Service not available");
    smtp.setAvailable(true);
    const sent = await waitForConfirmation(appointment.id, "SENT");
    expect(smtp.mailFor(spa.client.email)).toHaveLength(1);
    expect(sent.attempts).toBeGreaterThanOrEqual(10);
    expect(smtp.turnedAwayCount()).toBeGreaterThanOrEqual(9);
    expect(await db.emailMessage.count({ where: { appointmentId: appointment.id, state: "FAILED" } })).toBe(0);
  });

  test("when SMTP answers again, messages waiting out a long backoff go promptly", async () => {
    // The next retry would be ten minutes away; the probe notices SMTP is back within a second.
    const smtp = await start({ delivery: { retryBaseDelaySeconds: 600, retryMaxDelaySeconds: 600 } });
    smtp.setAvailable(false);
    const spa = await arrangeMailSpa({ requiresIntake: false });
    const first = await bookWithMessages(spa, day(1));
    const second = await bookWithMessages(spa, day(2));
    for (const id of [first.id, second.id]) {
      await waitFor(() => confirmationOf(id), {
        until: (row) => row.attempts === 1 && row.state === "QUEUED",
        description: "a refused first attempt",
      });
    }
    const returnedAt = Date.now();
    smtp.setAvailable(true);
    await waitForConfirmation(first.id, "SENT", 10_000);
    await waitForConfirmation(second.id, "SENT", 10_000);
    expect(Date.now() - returnedAt).toBeLessThan(10_000);
    expect(smtp.mailFor(spa.client.email)).toHaveLength(2);
  });

  test("a stalled server holds up only its own message, which is then delivered once", async () => {
    const spa = await arrangeMailSpa({ requiresIntake: false });
    // Another spa's mail already waits in the outbox when the worker starts (as earlier test
    // files leave theirs): the stall must catch this client's message, not whichever goes first.
    const elsewhere = await arrangeMailSpa({ requiresIntake: false, name: "Another spa" });
    await bookWithMessages(elsewhere, day(1));
    const smtp = await start({ delivery: { concurrency: 4 } });
    // The client's first message's DATA gets no answer for 4 s; the worker gives up after 2 s and
    // closes the connection, so the server never accepts that copy.
    const stall = smtp.holdNextMessage({ to: spa.client.email, forMs: 4_000 });
    const stalled = await bookWithMessages(spa, day(1));
    await stall.arrived;
    const others = [await bookWithMessages(spa, day(2)), await bookWithMessages(spa, day(3)), await bookWithMessages(spa, day(4))];
    for (const other of others) await waitForConfirmation(other.id, "SENT", 10_000);
    const message = await waitForConfirmation(stalled.id, "SENT");
    expect(message.attempts).toBe(2);
    const copies = smtp.copiesByMessageId();
    expect(copies.get(`<email-${message.id}@example.com>`)).toBe(1);
    expect(smtp.mailFor(spa.client.email)).toHaveLength(4);
  });

  test("a recipient the server rejects for good fails at once with its answer, and the others still go", async () => {
    const spa = await arrangeMailSpa({ requiresIntake: false });
    const other = await arrangeMailSpa({ requiresIntake: false, name: "Another spa" });
    const smtp = await start({ smtp: { rejectRecipients: [spa.client.email] } });
    const appointment = await bookWithMessages(spa, day(1));
    const delivered = await bookWithMessages(other, day(1));
    const message = await waitForConfirmation(appointment.id, "FAILED");
    expect(message).toMatchObject({ attempts: 1, sentAt: null });
    expect(message.lastError).toContain("No such mailbox");
    expect(smtp.mailFor(spa.client.email)).toHaveLength(0);
    expect(await waitForConfirmation(delivered.id, "SENT")).toMatchObject({ attempts: 1 });
    expect(smtp.mailFor(other.client.email)).toHaveLength(1);
  });
});
