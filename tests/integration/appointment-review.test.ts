import { describe, expect, test } from "vitest";
import { bookAppointment } from "@/lib/booking/book-command";
import { getBookability } from "@/lib/booking/bookability";
import { getOwnCalendar, getSpaCalendar } from "@/lib/booking/calendar-queries";
import { cancelAppointment } from "@/lib/booking/change-commands";
import { prepareAppointmentReminder } from "@/lib/booking/messages/appointment-reminder";
import { moveAppointmentAsAdmin } from "@/lib/booking/move-command";
import { getAppointment } from "@/lib/booking/queries";
import { cancelForReview, changeAppointmentService, listReviewAlternatives, overrideReview } from "@/lib/booking/review/commands";
import { submitClientIntake } from "@/lib/booking/review/intake-submission";
import { db } from "@/lib/db/client";
import type { DeepPartial } from "@/lib/intake/draft";
import type { IntakeAnswers } from "@/lib/intake/schema";
import { buildIntakeAnswers } from "@/tests/support/intake";
import { asActor, createBookableSpa } from "../factories/booking-spa";
import { createService } from "../factories/spa";
import { createUser } from "../factories/users";

const booked = new Date("2030-03-04T12:00:00Z");
const tuesdayTen = "2030-03-05T15:00:00.000Z";
const meta = { ip: null, userAgent: null };

/** A client booked (no intake yet) for Tuesday 10:00 with the factory service (it has steam); a steam-free service too. */
async function bookedScenario() {
  const spa = await createBookableSpa({ staffCount: 1 });
  const client = await db.user.update({ where: { id: spa.client.id }, data: { name: "Ana Souza" } });
  const clientActor = asActor({ ...client, role: "CLIENT" });
  const gentle = await createService(spa.location.id, { name: "Hydrating", steps: ["CLEANSE", "MASK", "MOISTURISE"] });
  await db.staffService.create({ data: { staffId: spa.staff[0]!.profile.id, serviceId: gentle.id } });
  const appointment = await bookAppointment(
    clientActor,
    { serviceId: spa.service.id, staffId: null, startsAt: tuesdayTen, clientNotes: "" },
    booked,
  );
  const esthetician = asActor(spa.staff[0]!.user);
  return { ...spa, clientActor, esthetician, appointment, gentle };
}

const submit = (actor: ReturnType<typeof asActor>, patch: DeepPartial<IntakeAnswers>, at = booked) =>
  submitClientIntake(actor, buildIntakeAnswers(patch), meta, at);

const openReviews = (appointmentId: string) => db.appointmentReview.findMany({ where: { appointmentId, resolvedAt: null } });

describe("re-checking booked appointments on every intake submission", () => {
  test("a new BLOCK puts the visit into review; client and esthetician are told without health details; pages show it", async () => {
    const s = await bookedScenario();
    await submit(s.clientActor, { skinHistory: { rosacea: true } });
    const [review] = await openReviews(s.appointment.id);
    expect(review).toMatchObject({ trigger: "INTAKE", blockedUntil: "cleared", raisedById: s.client.id });
    expect(review!.reasons).toEqual([
      expect.objectContaining({ ruleId: "rosacea-heat-exfoliation", clientReason: "you have rosacea or visible redness" }),
    ]);

    const messages = await db.emailMessage.findMany({
      where: { appointmentId: s.appointment.id, template: { in: ["APPOINTMENT_NEEDS_REVIEW", "STAFF_APPOINTMENT_REVIEW"] } },
      orderBy: { template: "asc" },
    });
    expect(messages.map((m) => [m.template, m.toAddress])).toEqual([
      ["APPOINTMENT_NEEDS_REVIEW", s.client.email],
      ["STAFF_APPOINTMENT_REVIEW", s.staff[0]!.user.email],
    ]);
    for (const message of messages) expect(`${message.subject} ${message.text}`).not.toMatch(/rosacea|redness|steam|intake answer/i);
    const reminder = await db.emailMessage.findFirst({ where: { appointmentId: s.appointment.id, template: "APPOINTMENT_REMINDER" } });
    expect(reminder?.state).toBe("CANCELLED");

    const details = await getAppointment(s.clientActor, s.appointment.id, booked);
    expect(details.review).toMatchObject({ blockedUntil: "cleared", trigger: "INTAKE" });
    const day = await getOwnCalendar(s.esthetician, { view: "staff", date: "2030-03-05" });
    expect(day.columns[0]!.blocks[0]).toMatchObject({ id: s.appointment.id, needsReview: true });
    const calendar = await getSpaCalendar(s.adminActor, { view: "staff", date: "2030-03-05", locationId: s.location.id });
    expect(calendar.columns.flatMap((column) => column.blocks)).toEqual([
      expect.objectContaining({ id: s.appointment.id, needsReview: true }),
    ]);
    const audit = await db.auditEvent.findFirst({ where: { action: "appointment.review-raised", entityId: s.appointment.id } });
    expect(audit?.details).toMatchObject({ trigger: "INTAKE", rules: ["rosacea-heat-exfoliation"] });
  });

  test("answers that block nothing open no review; a later intake without the block clears it", async () => {
    const s = await bookedScenario();
    await submit(s.clientActor, {});
    expect(await openReviews(s.appointment.id)).toEqual([]);
    await submit(s.clientActor, { skinHistory: { rosacea: true } }, new Date("2030-03-04T13:00:00Z"));
    expect(await openReviews(s.appointment.id)).toHaveLength(1);
    await submit(s.clientActor, {}, new Date("2030-03-04T14:00:00Z"));
    expect(await openReviews(s.appointment.id)).toEqual([]);
    expect(await db.appointmentReview.findFirst({ where: { appointmentId: s.appointment.id } })).toMatchObject({ resolution: "CLEARED" });
  });

  test("a second intake with the same block opens no second review and sends nothing new", async () => {
    const s = await bookedScenario();
    await submit(s.clientActor, { skinHistory: { rosacea: true } });
    await submit(s.clientActor, { skinHistory: { rosacea: true }, pregnancy: { pregnant: true } }, new Date("2030-03-04T13:00:00Z"));
    expect(await db.appointmentReview.count({ where: { appointmentId: s.appointment.id } })).toBe(1);
    expect(await db.emailMessage.count({ where: { appointmentId: s.appointment.id, template: "APPOINTMENT_NEEDS_REVIEW" } })).toBe(1);
  });

  test("the 24-hour reminder is withheld while the visit needs review", async () => {
    const s = await bookedScenario();
    await submit(s.clientActor, { skinHistory: { rosacea: true } });
    const outcome = await prepareAppointmentReminder(db, {
      message: { id: "x", template: "APPOINTMENT_REMINDER", appointmentId: s.appointment.id, appointmentStartsAt: new Date(tuesdayTen) },
      now: new Date("2030-03-04T15:00:00Z"),
    });
    expect(outcome).toEqual({ send: false, reason: "Not sent: the appointment needs review." });
  });
});

describe("resolving a review", () => {
  test("override needs a reason, is audited, and closes the review; only the visit's esthetician or the spa may", async () => {
    const s = await bookedScenario();
    await submit(s.clientActor, { skinHistory: { rosacea: true } });
    const other = asActor((await createUser({ role: "ESTHETICIAN" })).user);
    await expect(overrideReview(s.clientActor, { appointmentId: s.appointment.id, reason: "x" })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    await expect(overrideReview(other, { appointmentId: s.appointment.id, reason: "x" })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await overrideReview(s.esthetician, { appointmentId: s.appointment.id, reason: "Steam left out; dermatologist agrees." }, booked);
    expect(await db.appointmentReview.findFirst({ where: { appointmentId: s.appointment.id } })).toMatchObject({
      resolution: "OVERRIDDEN",
      resolutionNote: "Steam left out; dermatologist agrees.",
      resolvedById: s.esthetician.userId,
    });
    await expect(overrideReview(s.adminActor, { appointmentId: s.appointment.id, reason: "again" })).rejects.toMatchObject({
      code: "CONFLICT",
    });
    await expect(
      db.appointmentReview.create({
        data: { appointmentId: s.appointment.id, trigger: "INTAKE", blockedUntil: "cleared", resolvedAt: booked, resolution: "OVERRIDDEN" },
      }),
    ).rejects.toThrow(/appointment_review_override_has_reason/);
  });

  test("cancel without a fee: CANCELLED even inside the window, review closed, client told", async () => {
    const s = await bookedScenario();
    await submit(s.clientActor, { skinHistory: { rosacea: true } });
    const late = new Date("2030-03-05T12:00:00Z"); // three hours before: inside the 24-hour window
    await cancelForReview(s.esthetician, { appointmentId: s.appointment.id, reason: "We'll find a gentler treatment together." }, late);
    expect(await db.appointment.findUniqueOrThrow({ where: { id: s.appointment.id } })).toMatchObject({ status: "CANCELLED" });
    expect(await db.appointmentReview.findFirst({ where: { appointmentId: s.appointment.id } })).toMatchObject({ resolution: "CANCELLED" });
    expect(await db.emailMessage.count({ where: { appointmentId: s.appointment.id, template: "APPOINTMENT_CANCELLED" } })).toBe(1);
  });

  test("the client may cancel a visit in review inside the window, without a fee", async () => {
    const s = await bookedScenario();
    await submit(s.clientActor, { skinHistory: { rosacea: true } });
    const late = new Date("2030-03-05T12:00:00Z");
    expect(await getAppointment(s.clientActor, s.appointment.id, late)).toMatchObject({ canChange: false, canCancel: true });
    await expect(cancelAppointment(s.clientActor, { appointmentId: s.appointment.id }, late)).resolves.toMatchObject({
      status: "CANCELLED",
    });
  });

  test("change the treatment to one the intake allows; one it rules out too is refused", async () => {
    const s = await bookedScenario();
    await submit(s.clientActor, { skinHistory: { rosacea: true } });
    expect(await listReviewAlternatives(s.esthetician, s.appointment.id)).toEqual([
      { id: s.gentle.id, name: "Hydrating", durationMinutes: 60 },
    ]);
    const steamy = await createService(s.location.id, { name: "Steam Facial", steps: ["CLEANSE", "STEAM"] });
    await db.staffService.create({ data: { staffId: s.staff[0]!.profile.id, serviceId: steamy.id } });
    await expect(
      changeAppointmentService(s.esthetician, { appointmentId: s.appointment.id, serviceId: steamy.id }, booked),
    ).rejects.toMatchObject({
      code: "CONFLICT",
    });
    await changeAppointmentService(s.esthetician, { appointmentId: s.appointment.id, serviceId: s.gentle.id }, booked);
    expect(await db.appointment.findUniqueOrThrow({ where: { id: s.appointment.id } })).toMatchObject({ serviceId: s.gentle.id });
    expect(await db.appointmentReview.findFirst({ where: { appointmentId: s.appointment.id } })).toMatchObject({
      resolution: "SERVICE_CHANGED",
    });
    expect(await db.emailMessage.count({ where: { appointmentId: s.appointment.id, template: "APPOINTMENT_SERVICE_CHANGED" } })).toBe(1);
  });

  test("moving to a date the treatment is allowed on resolves it as MOVED; moving into a blocked date opens one", async () => {
    const spa = await createBookableSpa();
    const client = await db.user.update({ where: { id: spa.client.id }, data: { name: "Ana Souza" } });
    const clientActor = asActor({ ...client, role: "CLIENT" });
    // Tanned on March 1: steam and exfoliation wait until March 9 (the factory service has steam).
    await submitClientIntake(clientActor, buildIntakeAnswers({ lifestyle: { tanning: { yes: true, date: "2030-03-01" } } }), meta, booked);
    const later = await bookAppointment(
      clientActor,
      { serviceId: spa.service.id, staffId: null, startsAt: "2030-03-12T15:00:00.000Z", clientNotes: "" },
      booked,
    );
    expect(await openReviews(later.id)).toEqual([]);
    const staffId = spa.staff[0]!.profile.id;
    await moveAppointmentAsAdmin(spa.adminActor, { appointmentId: later.id, staffId, startsAt: "2030-03-05T15:00:00.000Z" }, booked);
    expect(await openReviews(later.id)).toEqual([expect.objectContaining({ trigger: "MOVE", blockedUntil: "2030-03-09" })]);
    await moveAppointmentAsAdmin(spa.adminActor, { appointmentId: later.id, staffId, startsAt: "2030-03-10T15:00:00.000Z" }, booked);
    expect(await openReviews(later.id)).toEqual([]);
    expect(await db.appointmentReview.findFirst({ where: { appointmentId: later.id } })).toMatchObject({ resolution: "MOVED" });
  });
});

describe("booking online", () => {
  test("before the time step: not bookable until a date, or until cleared, with what is allowed instead", async () => {
    const s = await bookedScenario();
    await submit(s.clientActor, { actives: { isotretinoin: { status: "stopped", lastUsedOn: "2030-01-10" } } });
    // The factory service has no exfoliation (isotretinoin only asks for gentle extraction there); a peel does.
    expect((await getBookability(s.clientActor, s.service.id, booked))?.eligibility.blocked).toBe(false);
    const peel = await createService(s.location.id, { name: "Peel", steps: ["CLEANSE", "PEEL"] });
    const dated = await getBookability(s.clientActor, peel.id, booked);
    expect(dated).toMatchObject({ firstDate: "2030-07-10", intakeNeeded: null, eligibility: { blocked: true, until: "2030-07-10" } });
    await submit(s.clientActor, { skinHistory: { rosacea: true } }, new Date("2030-03-04T13:00:00Z"));
    const cleared = await getBookability(s.clientActor, s.service.id, booked);
    expect(cleared).toMatchObject({ firstDate: null, eligibility: { until: "cleared" }, alternatives: [{ name: "Hydrating" }] });
    await expect(getBookability(s.adminActor, s.service.id, booked)).rejects.toMatchObject({ code: "FORBIDDEN" });
  });

  test("with the intake required at booking, a client without one is asked for it first and cannot book", async () => {
    const spa = await createBookableSpa();
    await db.intakePolicy.create({ data: { locationId: spa.location.id, requiredAt: "AT_BOOKING" } });
    expect(await getBookability(spa.clientActor, spa.service.id, booked)).toMatchObject({
      intakeNeeded: "missing",
      intakeRequiredAt: "AT_BOOKING",
    });
    const refused = await bookAppointment(
      spa.clientActor,
      { serviceId: spa.service.id, staffId: null, startsAt: tuesdayTen, clientNotes: "" },
      booked,
    ).catch((error: unknown) => error);
    expect(refused).toMatchObject({ code: "FORBIDDEN", details: { data: { reason: "INTAKE_REQUIRED" } } });
    expect(await db.appointment.count({ where: { clientId: spa.client.id } })).toBe(0);
  });

  test("the spa's reminder cadence schedules one intake reminder per lead time still ahead", async () => {
    const spa = await createBookableSpa();
    await db.intakePolicy.create({ data: { locationId: spa.location.id, reminderLeadHours: [72, 24, 6] } });
    const appointment = await bookAppointment(
      spa.clientActor,
      { serviceId: spa.service.id, staffId: null, startsAt: "2030-03-08T15:00:00.000Z", clientNotes: "" },
      booked,
    );
    const reminders = await db.emailMessage.findMany({
      where: { appointmentId: appointment.id, template: "INTAKE_REMINDER" },
      orderBy: { sendAfter: "asc" },
    });
    expect(reminders.map((m) => m.sendAfter.toISOString())).toEqual([
      "2030-03-05T15:00:00.000Z",
      "2030-03-07T15:00:00.000Z",
      "2030-03-08T09:00:00.000Z",
    ]);
  });
});
