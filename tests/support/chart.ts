import { saveNoteSchema } from "@/lib/consultation/schema";
import { db } from "@/lib/db/client";
import { submitIntake } from "@/lib/intake/commands";
import type { DeepPartial } from "@/lib/intake/draft";
import type { IntakeAnswers } from "@/lib/intake/schema";
import { buildIntakeAnswers } from "@/tests/support/intake";
import { insertAppointment } from "../factories/appointments";
import { asActor, createBookableSpa } from "../factories/booking-spa";
import { createEsthetician } from "../factories/spa";

export const visitStart = new Date("2030-03-12T15:00:00Z"); // Tuesday 11:00 New York
const submittedAt = new Date("2030-03-04T12:00:00Z");

/**
 * A spa, a pregnant client with rosacea and a fragrance allergy who submitted an intake (or the
 * answers given), her appointment with the first esthetician, a second esthetician, and a small
 * product catalogue.
 */
export async function chartScenario(options: { intake?: DeepPartial<IntakeAnswers>; submittedAt?: Date } = {}) {
  const spa = await createBookableSpa();
  const client = await db.user.update({ where: { id: spa.client.id }, data: { name: "Ana Souza" } });
  const clientActor = asActor({ ...client, role: "CLIENT" });
  const intake = buildIntakeAnswers(
    options.intake ?? {
      pregnancy: { pregnant: true },
      skinHistory: { rosacea: true },
      allergies: { ingredients: ["fragrance"] },
    },
  );
  await submitIntake(clientActor, intake, { ip: null, userAgent: null }, options.submittedAt ?? submittedAt);
  const [staff] = spa.staff;
  const appointment = await insertAppointment({
    locationId: spa.location.id,
    clientId: client.id,
    staffId: staff!.profile.id,
    serviceId: spa.service.id,
    startsAt: visitStart,
  });
  const other = await createEsthetician(spa.location.id, { serviceIds: [spa.service.id] });
  const suffix = appointment.id.slice(0, 8);
  const scented = await db.product.create({ data: { name: `Rose cleanser ${suffix}`, ingredients: ["fragrance"] } });
  const gentle = await db.product.create({ data: { name: `Gentle gel ${suffix}`, ingredients: [] } });
  return {
    ...spa,
    clientActor,
    appointment,
    esthetician: asActor(staff!.user),
    otherEsthetician: asActor(other.user),
    products: { scented, gentle },
  };
}

/** A note as the note form's schema parses it (the save and sign actions parse before the command). */
export function noteInput(appointmentId: string, content: Record<string, unknown> = {}) {
  return saveNoteSchema.parse({
    appointmentId,
    content: {
      subjective: "Wants fewer blackheads.",
      assessment: "Cleanse, extraction on nose, mask.",
      steps: [
        { step: "CLEANSE", performed: true },
        { step: "STEAM", performed: false },
        { step: "EXTRACTION", performed: true },
        { step: "MASK", performed: true },
        { step: "MOISTURISE", performed: true },
      ],
      faceMap: {
        findings: [
          { zone: "nose", finding: "comedones" },
          { zone: "nose", finding: "congestion" },
        ],
        markers: [],
      },
      ...content,
    },
  });
}
