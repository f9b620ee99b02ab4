import { describe, expect, test } from "vitest";
import { db } from "@/lib/db/client";
import { submitIntake } from "@/lib/intake/commands";
import { assessBookingEligibility } from "@/lib/booking/eligibility";
import { findBookableService } from "@/lib/booking/load-schedule";
import { buildIntakeAnswers } from "@/tests/support/intake";
import { intakeStatusForAppointment } from "@/lib/intake/queries";
import { intakeStatusFor } from "@/lib/intake/status";
import { loadAppointmentMail } from "@/lib/booking/messages/appointment-mail";
import { insertAppointment } from "../factories/appointments";
import { createUser } from "../factories/users";
import { asActor, createBookableSpa } from "../factories/booking-spa";

const now = new Date("2030-03-04T12:00:00Z");
const meta = { ip: null, userAgent: null };
const deepPore = { name: "Deep Pore Cleansing Facial", steps: ["CLEANSE", "STEAM", "EXFOLIATION_PHYSICAL", "EXTRACTION", "MASK"] as const };

async function spaWithIntake(patch?: Parameters<typeof buildIntakeAnswers>[0]) {
  const spa = await createBookableSpa();
  const client = await db.user.update({ where: { id: spa.client.id }, data: { name: "Ana Souza" } });
  if (patch) await submitIntake(asActor({ ...client, role: "CLIENT" }), buildIntakeAnswers(patch), meta, now);
  const service = { ...deepPore, steps: [...deepPore.steps], location: spa.location };
  return { ...spa, service, bookableServiceId: spa.service.id };
}

describe("assessBookingEligibility", () => {
  test("no intake yet: nothing blocks, the intake is missing", async () => {
    const spa = await spaWithIntake();
    const result = await assessBookingEligibility(spa.client.id, spa.service, "2030-03-10");
    expect(result).toMatchObject({ blocked: false, until: null, avoid: null, intake: "missing", message: null });
  });

  test("rosacea blocks steam, so online booking of a steam facial stops with a kind message and the spa's contact", async () => {
    const spa = await spaWithIntake({ skinHistory: { rosacea: true } });
    const result = await assessBookingEligibility(spa.client.id, spa.service, "2030-03-10");
    expect(result.blocked).toBe(true);
    expect(result.message).toContain("Deep Pore Cleansing Facial");
    expect(result.message).toContain(spa.location.phone);
    expect(result.message).toContain(spa.location.email);
    expect(result).toMatchObject({ until: "cleared", reasons: ["you have rosacea or visible redness"] });
    expect(result.ruleNames).toEqual(["Rosacea or dilated capillaries: heat and exfoliation"]);
    expect(result.message).toMatch(
      /^The Deep Pore Cleansing Facial is not bookable online for you while your skin is prone to redness, because you have rosacea or visible redness\./,
    );
  });

  test("a block with an end date says until when", async () => {
    const spa = await spaWithIntake({ actives: { isotretinoin: { status: "stopped", lastUsedOn: "2030-01-10" } } });
    const result = await assessBookingEligibility(spa.client.id, spa.service, "2030-03-10");
    expect(result).toMatchObject({ blocked: true, until: "2030-07-10" });
    expect(result.message).toMatch(
      /^The Deep Pore Cleansing Facial is not bookable online until July 10, 2030, because you take isotretinoin/,
    );
    expect((await assessBookingEligibility(spa.client.id, spa.service, "2030-07-10")).blocked).toBe(false);
  });

  test("the same answers do not block a service without the affected steps", async () => {
    const spa = await spaWithIntake({ skinHistory: { rosacea: true } });
    const result = await assessBookingEligibility(
      spa.client.id,
      { ...spa.service, name: "Hydrating", steps: ["CLEANSE", "MASK"] },
      "2030-03-10",
    );
    expect(result.blocked).toBe(false);
  });

  test("a patch test is a next step for the client, not a block", async () => {
    const spa = await spaWithIntake({ skin: { fitzpatrick: "IV" } });
    const result = await assessBookingEligibility(spa.client.id, { ...spa.service, steps: ["CLEANSE", "PEEL"] }, "2030-03-10");
    expect(result.blocked).toBe(false);
    expect(result.nextSteps.length).toBeGreaterThan(0);
  });

  test("an intake older than the validity period is expired and judges nothing", async () => {
    const spa = await spaWithIntake({ skinHistory: { rosacea: true } });
    const result = await assessBookingEligibility(spa.client.id, spa.service, "2030-09-04");
    expect(result).toMatchObject({ blocked: false, intake: "expired" });
    await db.intakePolicy.create({ data: { locationId: spa.location.id, validMonths: 12 } });
    expect((await assessBookingEligibility(spa.client.id, spa.service, "2030-09-04")).intake).toBe("current");
  });

  test("a service read for booking carries the spa's intake policy, and the check judges by it", async () => {
    const spa = await spaWithIntake({ skinHistory: { rosacea: true } });
    const withDefaults = await findBookableService(db, spa.bookableServiceId);
    expect(withDefaults!.location.intakePolicy).toEqual({ validMonths: 6, requiredAt: "BEFORE_VISIT", reminderLeadHours: [48] });
    expect((await assessBookingEligibility(spa.client.id, withDefaults!, "2030-09-04")).intake).toBe("expired");
    // The check judges by the policy the service carries, not by a read of its own.
    const carried = { ...withDefaults!.location.intakePolicy, validMonths: 12 };
    const withCarried = { ...withDefaults!, location: { ...withDefaults!.location, intakePolicy: carried } };
    expect((await assessBookingEligibility(spa.client.id, withCarried, "2030-09-04")).intake).toBe("current");
    await db.intakePolicy.create({
      data: { locationId: spa.location.id, validMonths: 12, requiredAt: "AT_BOOKING", reminderLeadHours: [72] },
    });
    const withPolicy = await findBookableService(db, spa.bookableServiceId);
    expect(withPolicy!.location.intakePolicy).toEqual({ validMonths: 12, requiredAt: "AT_BOOKING", reminderLeadHours: [72] });
    expect((await assessBookingEligibility(spa.client.id, withPolicy!, "2030-09-04")).intake).toBe("current");
  });

  test("each check is an audited read of the intake", async () => {
    const spa = await spaWithIntake({ skinHistory: { rosacea: true } });
    await assessBookingEligibility(spa.client.id, spa.service, "2030-03-10");
    const reads = await db.auditEvent.findMany({ where: { actorId: spa.client.id, action: "intake.read" } });
    expect(reads).toHaveLength(1);
    expect(reads[0]!.details).toMatchObject({ purpose: "booking-eligibility" });
  });
});

describe("intakeStatusFor", () => {
  test("missing, then current, then expired for a visit after the validity", async () => {
    const spa = await createBookableSpa();
    const appointment = {
      clientId: spa.client.id,
      startsAt: new Date("2030-03-10T15:00:00Z"),
      service: { requiresIntake: true },
      location: spa.location,
    };
    expect(await intakeStatusFor(db, appointment)).toEqual({ state: "missing" });
    const client = await db.user.update({ where: { id: spa.client.id }, data: { name: "Ana Souza" } });
    await submitIntake(asActor({ ...client, role: "CLIENT" }), buildIntakeAnswers(), meta, now);
    expect(await intakeStatusFor(db, appointment)).toEqual({ state: "current", submittedOn: "2030-03-04", expiresOn: "2030-09-04" });
    expect(await intakeStatusFor(db, { ...appointment, startsAt: new Date("2030-09-04T15:00:00Z") })).toMatchObject({ state: "expired" });
    expect(await intakeStatusFor(db, { ...appointment, service: { requiresIntake: false } })).toEqual({ state: "not-required" });
  });
});

describe("an appointment's mail reads the intake status in its one statement", () => {
  test("the same answer as intakeStatusFor: missing, current, expired, and by the spa's own validity and cadence", async () => {
    const spa = await createBookableSpa();
    const visitAt = async (startsAt: string) => {
      const appointment = await insertAppointment({
        locationId: spa.location.id,
        clientId: spa.client.id,
        staffId: spa.staff[0]!.profile.id,
        serviceId: spa.service.id,
        startsAt: new Date(startsAt),
      });
      const mail = (await loadAppointmentMail(db, appointment.id))!;
      expect(mail.intake).toEqual(await intakeStatusFor(db, mail.visit));
      return mail;
    };
    const march = await visitAt("2030-03-10T15:00:00Z");
    expect(march).toMatchObject({ intake: { state: "missing" }, intakeReminderLeadHours: [48] });
    const client = await db.user.update({ where: { id: spa.client.id }, data: { name: "Ana Souza" } });
    await submitIntake(asActor({ ...client, role: "CLIENT" }), buildIntakeAnswers(), meta, now);
    expect((await visitAt("2030-03-11T15:00:00Z")).intake).toEqual({
      state: "current",
      submittedOn: "2030-03-04",
      expiresOn: "2030-09-04",
    });
    expect((await visitAt("2030-09-04T15:00:00Z")).intake).toMatchObject({ state: "expired" });
    await db.intakePolicy.create({ data: { locationId: spa.location.id, validMonths: 12, reminderLeadHours: [72, 24] } });
    expect(await visitAt("2030-09-05T15:00:00Z")).toMatchObject({ intake: { state: "current" }, intakeReminderLeadHours: [72, 24] });
  });
});

describe("intakeStatusForAppointment", () => {
  test("the client and the performing esthetician see the status; another client does not", async () => {
    const spa = await createBookableSpa();
    const [staff] = spa.staff;
    const appointment = await insertAppointment({
      locationId: spa.location.id,
      clientId: spa.client.id,
      staffId: staff!.profile.id,
      serviceId: spa.service.id,
      startsAt: new Date("2030-03-10T15:00:00Z"),
    });
    expect(await intakeStatusForAppointment(spa.clientActor, appointment.id)).toEqual({ state: "missing" });
    expect(await intakeStatusForAppointment(asActor(staff!.user), appointment.id)).toEqual({ state: "missing" });
    const { user: stranger } = await createUser({ role: "CLIENT" });
    await expect(intakeStatusForAppointment(asActor(stranger), appointment.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});
