import { expect, test } from "vitest";
import { bookAppointment } from "@/lib/booking/book-command";
import { db } from "@/lib/db/client";
import { submitIntake } from "@/lib/intake/commands";
import { getAppointmentIntakeGuidance } from "@/lib/booking/appointment-guidance";
import { buildIntakeAnswers } from "@/tests/support/intake";
import { asActor, createBookableSpa } from "../factories/booking-spa";
import { createUser } from "../factories/users";

const now = new Date("2030-03-04T12:00:00Z");
const tuesdayTen = "2030-03-05T15:00:00.000Z";

async function clientWithIntake(patch: Parameters<typeof buildIntakeAnswers>[0]) {
  const spa = await createBookableSpa();
  const client = await db.user.update({ where: { id: spa.client.id }, data: { name: "Ana Souza" } });
  const actor = asActor({ ...client, role: "CLIENT" });
  await submitIntake(actor, buildIntakeAnswers(patch), { ip: null, userAgent: null }, now);
  return { spa, actor };
}

test("a contraindication that blocks a step of the service stops online booking and books nothing", async () => {
  // Rosacea: no steam (FACTS.md); the factory's service includes STEAM.
  const { spa, actor } = await clientWithIntake({ skinHistory: { rosacea: true } });
  const error = await bookAppointment(
    actor,
    { serviceId: spa.service.id, staffId: null, startsAt: tuesdayTen, clientNotes: "" },
    now,
  ).catch((e: unknown) => e);
  expect(error).toMatchObject({ code: "FORBIDDEN", userMessage: expect.stringContaining(spa.location.phone) });
  expect(await db.appointment.count({ where: { clientId: spa.client.id } })).toBe(0);
});

test("answers without a contraindication for this service book normally", async () => {
  const { spa, actor } = await clientWithIntake({});
  await expect(
    bookAppointment(actor, { serviceId: spa.service.id, staffId: null, startsAt: tuesdayTen, clientNotes: "" }, now),
  ).resolves.toMatchObject({ status: "BOOKED" });
});

test("the appointment page tells the client the intake is missing, then shows patch-test next steps", async () => {
  const spa = await createBookableSpa();
  const client = await db.user.update({ where: { id: spa.client.id }, data: { name: "Ana Souza" } });
  const actor = asActor({ ...client, role: "CLIENT" });
  const booked = await bookAppointment(actor, { serviceId: spa.service.id, staffId: null, startsAt: tuesdayTen, clientNotes: "" }, now);
  expect(await getAppointmentIntakeGuidance(actor, booked.id)).toEqual({
    status: { state: "missing" },
    nextSteps: [],
    patchTests: [],
    clearances: [],
  });

  // A known allergy: patch test before products (FACTS.md).
  await submitIntake(
    actor,
    buildIntakeAnswers({ allergies: { ingredients: ["fragrance"], other: "" } }),
    { ip: null, userAgent: null },
    now,
  );
  const guidance = await getAppointmentIntakeGuidance(actor, booked.id);
  expect(guidance.status.state).toBe("current");
  expect(guidance.nextSteps.length).toBeGreaterThan(0);
  // No patch test is ever on record, so the one the allergy calls for is listed as a patch test of its own.
  expect(guidance.patchTests).toHaveLength(1);
  expect(guidance.patchTests[0]).toMatch(/small patch of skin/);
  expect(guidance.clearances).toEqual([]);
  expect(guidance.nextSteps).toEqual([...guidance.patchTests, ...guidance.clearances]);

  const stranger = asActor({ ...(await createUser({ role: "CLIENT" })).user, role: "CLIENT" });
  await expect(getAppointmentIntakeGuidance(stranger, booked.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
});
