import { afterEach, beforeEach, describe, expect, test } from "vitest";
import { signNote } from "@/lib/consultation/note-commands";
import { submitIntake } from "@/lib/intake/commands";
import { buildIntakeAnswers } from "@/tests/support/intake";
import { db } from "@/lib/db/client";
import { publishPlan } from "@/lib/homecare/review";
import { planContentSchema } from "@/lib/homecare/schema";
import { appOrigin } from "@/lib/notify/outbox";
import { notifyHomecarePublished } from "@/lib/homecare/messages/outbox";
import type { RunningWorker } from "@/lib/jobs/worker";
import { insertAppointment } from "../factories/appointments";
import { chartScenario, noteInput } from "../support/chart";
import { startTestWorker, waitUntilSettled } from "../support/mail";
import { startTestSmtpServer } from "../support/smtp-server";

// The visit is 2030-03-12 in New York; the plan suggests the next one from 2030-04-09 to 04-23.
// The worker starts after the fixture so a test can first bring the nudge's time forward to now
// (its real time is 10:00 New York on 2030-04-09), as if that day had come.
// Published "now" (the real clock): a QUEUED message is due from the moment it is written.
const signedAt = new Date("2030-03-12T16:30:00Z");
const NUDGE_AT = new Date("2030-04-09T14:00:00Z"); // 10:00 EDT

let smtp: Awaited<ReturnType<typeof startTestSmtpServer>>;
let worker: RunningWorker | undefined;
let s: Awaited<ReturnType<typeof chartScenario>>;

beforeEach(async () => {
  smtp = await startTestSmtpServer();
  // Pregnant, allergic to fragrance: the deep cleansing facial can still be booked again online.
  s = await chartScenario({ intake: { pregnancy: { pregnant: true }, allergies: { ingredients: ["fragrance"] } } });
  await signNote(s.esthetician, noteInput(s.appointment.id, { skinResponse: "Mild redness on the nose." }), signedAt);
});

afterEach(async () => {
  await worker?.stop();
  worker = undefined;
  await smtp.close();
});

const start = async () => {
  worker = await startTestWorker({ smtpUrl: smtp.url });
};
const rows = (template: "HOMECARE_PUBLISHED" | "HOMECARE_NUDGE") =>
  db.emailMessage.findMany({ where: { appointmentId: s.appointment.id, template }, orderBy: { createdAt: "asc" } });
const subjects = () => smtp.mailFor(s.client.email).map((item) => item.mail.subject ?? "");

async function publish() {
  const { id } = await publishPlan(s.esthetician, s.appointment.id);
  return id;
}

/** Makes the nudge due in half a second, as if the window had opened, and starts the worker. */
async function openWindow() {
  await db.emailMessage.updateMany({
    where: { appointmentId: s.appointment.id, template: "HOMECARE_NUDGE", state: "SCHEDULED" },
    data: { sendAfter: new Date(Date.now() + 500) },
  });
  await start();
}

async function publishAndOpenWindow() {
  const planId = await publish();
  await openWindow();
  return planId;
}

/** The client's next visit with the same esthetician, inside the window the plan suggests. */
const insertLaterVisit = (status?: "CANCELLED") =>
  insertAppointment({
    locationId: s.location.id,
    clientId: s.client.id,
    staffId: s.appointment.staffId,
    serviceId: s.service.id,
    startsAt: new Date("2030-04-16T14:00:00Z"),
    status,
  });

async function settledNudge() {
  const [nudge] = await waitUntilSettled(s.appointment.id, "HOMECARE_NUDGE");
  return nudge;
}

/** The plan's message is sent or given up (the nudge stays scheduled for weeks ahead). */
const settledPublished = () => waitUntilSettled(s.appointment.id, "HOMECARE_PUBLISHED");

describe("homecare plan published", () => {
  test("publishing sends one message with the link to the plan and nothing from it", async () => {
    const planId = await publish();
    await start();
    const [received] = await smtp.waitForMail(s.client.email, 1);
    const mail = received!.mail;
    expect(received!.rcptTo).toEqual([s.client.email]);
    expect(mail.subject).toBe(`Your homecare plan from ${s.location.name} is ready`);
    expect(mail.text).toContain(`${appOrigin()}/account/homecare/${planId}\n`);
    expect(mail.html).toContain(`href="${appOrigin()}/account/homecare/${planId}"`);
    expect(mail.text).toContain("on Tuesday, March 12, 2030."); // the visit's day in New York
    // No health details: no line of the plan, nothing from the note or the intake.
    const plan = await db.homecarePlan.findUniqueOrThrow({ where: { id: planId } });
    const content = planContentSchema.parse(plan.content);
    const lines = Object.values(content.sections)
      .flat()
      .map((line) => line.text);
    expect(lines.length).toBeGreaterThan(3);
    for (const line of [...lines, content.nextVisit.reason, "Mild redness", "rosacea", "pregnan", "fragrance"]) {
      expect(mail.text).not.toContain(line);
      expect(String(mail.html)).not.toContain(line);
    }
    expect(await settledPublished()).toMatchObject([{ state: "SENT", attempts: 1, toAddress: s.client.email }]);
    expect(subjects()).toHaveLength(1);
  });

  test("publishing again sends nothing new; a pending nudge is replaced, not doubled", async () => {
    const planId = await publish();
    await expect(publishPlan(s.esthetician, s.appointment.id)).rejects.toMatchObject({ code: "CONFLICT" });
    // A re-publish after an edit (the command a later "withdraw and publish again" would call).
    await db.$transaction((tx) => notifyHomecarePublished(tx, { planId }));
    await start();
    expect(await settledPublished()).toHaveLength(1);
    expect(subjects()).toHaveLength(1);
    const nudges = await rows("HOMECARE_NUDGE");
    expect(nudges.map((row) => row.state)).toEqual(["CANCELLED", "SCHEDULED"]);
    expect(nudges[0]?.lastError).toBe("Replaced by a new nudge (the plan was published again).");
  });

  test("goes to a client who turned nudges off (it is the service they came for)", async () => {
    await db.notificationPreference.create({ data: { userId: s.client.id, reminders: false, nudges: false } });
    await publish();
    await start();
    await smtp.waitForMail(s.client.email, 1);
    expect(subjects()).toEqual([`Your homecare plan from ${s.location.name} is ready`]);
  });
});

describe("the rebooking nudge", () => {
  test("is scheduled at publish for 10:00 in the spa's zone on the day the window opens", async () => {
    await publish();
    const [nudge] = await rows("HOMECARE_NUDGE");
    expect(nudge).toMatchObject({ state: "SCHEDULED", sendAfter: NUDGE_AT, appointmentStartsAt: s.appointment.startsAt });
  });

  test("is sent when due and the client has not rebooked, with the booking link and the window's dates", async () => {
    const planId = await publishAndOpenWindow();
    const mails = await smtp.waitForMail(s.client.email, 2);
    const nudge = mails.find((item) => item.mail.subject?.startsWith("Time to book"))?.mail;
    const staffId = s.appointment.staffId;
    const book = `${appOrigin()}/book?service=${s.service.slug}&staff=${staffId}&date=2030-04-09&until=2030-04-23`;
    expect(nudge?.subject).toBe(`Time to book your next ${s.service.name}`);
    expect(nudge?.text).toContain(`Book your next visit: ${book}\n`);
    expect(nudge?.text).toContain(`${appOrigin()}/account/homecare/${planId}`);
    expect(nudge?.text).toContain("between Tuesday, April 9, 2030 and Tuesday, April 23, 2030.");
    expect(nudge?.text).not.toContain("Mild redness");
    expect(await settledNudge()).toMatchObject({ state: "SENT", attempts: 1 });
  });

  test("is not sent when the client rebooked meanwhile, and says why", async () => {
    await publish();
    await insertLaterVisit();
    await openWindow();
    expect(await settledNudge()).toMatchObject({
      state: "CANCELLED",
      lastError: "Not sent: the client has already booked their next visit.",
    });
    await settledPublished();
    expect(subjects().filter((subject) => subject.startsWith("Time to book"))).toEqual([]);
  });

  test("a cancelled later visit does not count as rebooked", async () => {
    await insertLaterVisit("CANCELLED");
    await publishAndOpenWindow();
    expect(await settledNudge()).toMatchObject({ state: "SENT" });
  });

  test("is not sent when the client turned nudges off", async () => {
    await db.notificationPreference.create({ data: { userId: s.client.id, nudges: false } });
    await publishAndOpenWindow();
    expect(await settledNudge()).toMatchObject({ state: "CANCELLED", lastError: "Not sent: the client turned nudges off." });
    expect(subjects().filter((subject) => subject.startsWith("Time to book"))).toEqual([]);
  });

  test("is not sent when the plan was withdrawn", async () => {
    await publish();
    await db.homecarePlan.update({ where: { appointmentId: s.appointment.id }, data: { state: "DRAFT" } });
    await openWindow();
    expect(await settledNudge()).toMatchObject({ state: "CANCELLED", lastError: "Not sent: the homecare plan was withdrawn." });
  });

  test("is not sent when a newer intake rules the treatment out: it would invite a booking the booking page refuses", async () => {
    await publish();
    await submitIntake(
      s.clientActor,
      buildIntakeAnswers({ skinHistory: { rosacea: true } }),
      { ip: null, userAgent: null },
      new Date("2030-04-01T12:00:00Z"),
    );
    await openWindow();
    expect(await settledNudge()).toMatchObject({
      state: "CANCELLED",
      lastError: "Not sent: the client's intake rules the treatment out for now, so it cannot be booked online.",
    });
  });

  test("is not scheduled at all when the plan says the treatment cannot be rebooked online until a condition is cleared", async () => {
    const blocked = await chartScenario({ intake: { skinHistory: { rosacea: true } } });
    await signNote(blocked.esthetician, noteInput(blocked.appointment.id), signedAt);
    await publishPlan(blocked.esthetician, blocked.appointment.id);
    const plan = await db.homecarePlan.findUniqueOrThrow({ where: { appointmentId: blocked.appointment.id } });
    expect(planContentSchema.parse(plan.content).nextVisit.bookable).toBe(false);
    expect(await db.emailMessage.count({ where: { appointmentId: blocked.appointment.id, template: "HOMECARE_NUDGE" } })).toBe(0);
  });
});
