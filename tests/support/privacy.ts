import { hashPassword } from "@/lib/auth/password";
import { createSession } from "@/lib/auth/session-store";
import { signNote } from "@/lib/consultation/note-commands";
import { db } from "@/lib/db/client";
import { publishPlan } from "@/lib/homecare/review";
import { changeOwnPhotoConsent } from "@/lib/intake/photo-consent";
import { insertAppointment } from "../factories/appointments";
import { asActor } from "../factories/booking-spa";
import { createUser } from "../factories/users";
import { chartScenario, noteInput } from "./chart";

export const CLIENT_PASSWORD = "Privacy-test-password-1";
/** Well after the visit of chartScenario (2030-03-12) and before the future one. */
export const ERASED_AT = new Date("2030-04-01T12:00:00Z");
export const FUTURE_VISIT = new Date("2030-05-06T14:00:00Z");

/** Words written only in staff-only parts of the note: none may reach the client's export. */
export const STAFF_ONLY = ["STAFFONLY-SUBJECTIVE", "STAFFONLY-ASSESSMENT", "STAFFONLY-NEXTTIME", "STAFFONLY-AMENDMENT"];

/**
 * Everything a client can have: Ana (chartScenario) with a signed intake, a completed visit with a
 * signed note (staff-only text in it) and a published plan, a future visit with a reminder
 * scheduled, a sent confirmation, her own note on the visit, marketing photo consent, an intake
 * draft, a clinical photo stored in PostgreSQL, a session, and her password known. Plus another
 * client with her own visit, who must never appear in Ana's export nor be touched by her erasure.
 */
export async function privacyScenario() {
  const s = await chartScenario();
  await db.user.update({
    where: { id: s.client.id },
    data: {
      passwordHash: await hashPassword(CLIENT_PASSWORD),
      phone: "+1 555 010 2030",
      // As an import from the spa's previous system leaves them (issue 18).
      birthDate: new Date("1990-04-05T00:00:00Z"),
      importedNotes: "Imported: prefers the side door",
      marketingConsentAt: new Date("2029-01-01T00:00:00Z"),
    },
  });
  const client = await db.user.findUniqueOrThrow({
    where: { id: s.client.id },
    select: { id: true, email: true, name: true, phone: true },
  });
  await signNote(
    s.esthetician,
    noteInput(s.appointment.id, {
      subjective: "STAFFONLY-SUBJECTIVE",
      assessment: "STAFFONLY-ASSESSMENT",
      nextTime: "STAFFONLY-NEXTTIME",
      productIds: [s.products.gentle.id],
      skinResponse: "Mild redness on the nose.",
    }),
    new Date("2030-03-12T16:30:00Z"),
  );
  const note = await db.treatmentNote.findUniqueOrThrow({ where: { appointmentId: s.appointment.id }, select: { id: true } });
  await db.treatmentNoteAmendment.create({ data: { noteId: note.id, authorId: s.esthetician.userId, text: "STAFFONLY-AMENDMENT" } });
  await publishPlan(s.esthetician, s.appointment.id, new Date("2030-03-12T17:00:00Z"));
  await db.appointment.update({
    where: { id: s.appointment.id },
    data: { status: "COMPLETED", clientNotes: "Ana here: please use the side door" },
  });

  const [staff] = s.staff;
  const future = await insertAppointment({
    locationId: s.location.id,
    clientId: client.id,
    staffId: staff!.profile.id,
    serviceId: s.service.id,
    startsAt: FUTURE_VISIT,
    resourceIds: [s.rooms[0]!.id],
  });
  const message = (state: "SENT" | "SCHEDULED", template: "BOOKING_CONFIRMATION" | "APPOINTMENT_REMINDER") => ({
    toAddress: client.email!,
    fromAddress: '"Spa" <spa@example.test>',
    subject: `Ana Souza, your facial (${template})`,
    template,
    appointmentId: future.id,
    clientId: client.id,
    state,
    html: "<p>Hello Ana Souza</p>",
    text: "Hello Ana Souza,\nSee you soon.",
    sendAfter: state === "SCHEDULED" ? new Date("2030-05-05T14:00:00Z") : new Date("2030-03-20T10:00:00Z"),
    sentAt: state === "SENT" ? new Date("2030-03-20T10:00:01Z") : null,
  });
  await db.emailMessage.create({ data: message("SENT", "BOOKING_CONFIRMATION") });
  await db.emailMessage.create({ data: message("SCHEDULED", "APPOINTMENT_REMINDER") });
  await changeOwnPhotoConsent(s.clientActor, { kind: "MARKETING", granted: true }, { ip: "10.1.2.3", userAgent: "vitest" });
  await changeOwnPhotoConsent(s.clientActor, { kind: "CLINICAL", granted: true }, { ip: "10.1.2.3", userAgent: "vitest" });
  await db.intakeDraft.create({ data: { clientId: client.id, formVersion: 1, answers: { contact: { fullName: "Ana Souza" } } } });
  const photoId = crypto.randomUUID();
  const keys = [`photos/${photoId}/thumb`, `photos/${photoId}/display`];
  for (const key of keys) {
    await db.photoObject.create({
      data: { key, contentType: "image/webp", byteSize: 3, chunks: { create: { seq: 0, data: Buffer.from("abc") } } },
    });
  }
  await db.clinicalPhoto.create({
    data: {
      id: photoId,
      appointmentId: s.appointment.id,
      clientId: client.id,
      takenById: s.esthetician.userId,
      angle: "FRONT",
      phase: "BEFORE",
      contentHash: photoId,
      width: 10,
      height: 10,
      storage: "POSTGRES",
      thumbKey: keys[0]!,
      displayKey: keys[1]!,
    },
  });
  const sessionId = await createSession({ userId: client.id, userAgent: "vitest", ip: "10.9.9.9" });
  const waitlistEntry = await db.waitlistEntry.create({
    data: {
      locationId: s.location.id,
      clientId: client.id,
      serviceId: s.service.id,
      fromDate: new Date("2030-05-01T00:00:00Z"),
      toDate: new Date("2030-05-31T00:00:00Z"),
      dayParts: ["MORNING"],
      position: 1,
    },
  });

  const { user: other } = await createUser({ role: "CLIENT", name: "Olga Other" });
  const otherVisit = await insertAppointment({
    locationId: s.location.id,
    clientId: other.id,
    staffId: staff!.profile.id,
    serviceId: s.service.id,
    startsAt: new Date("2030-05-07T14:00:00Z"),
  });
  return { ...s, client, future, sessionId, waitlistEntry, photoKeys: keys, other: asActor(other), otherVisit };
}

/** A stream's text. */
export async function readText(stream: ReadableStream<Uint8Array>): Promise<string> {
  return new Response(stream).text();
}
