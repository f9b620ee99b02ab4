import { hashPassword } from "../../lib/auth/password";
import type { Db } from "../../lib/db/client";
import { answerNoToEverything, overlay } from "../../lib/intake/defaults";
import { createIntakeSchema, INTAKE_FORM_VERSION, type IntakeInput } from "../../lib/intake/schema";
import { createRandom } from "./stats";

const FIRST = [
  "Ava",
  "Ben",
  "Chloe",
  "Daniel",
  "Elena",
  "Farah",
  "Grace",
  "Hiro",
  "Isabela",
  "Jordan",
  "Kwame",
  "Lucia",
  "Maya",
  "Noah",
  "Olivia",
  "Priya",
  "Quinn",
  "Rosa",
  "Sofia",
  "Tom",
  "Uma",
  "Victor",
  "Wen",
  "Ximena",
  "Yusuf",
  "Zoe",
  "Amara",
  "Bruno",
  "Carmen",
  "Dev",
  "Emma",
  "Felix",
  "Gia",
  "Hugo",
  "Ines",
  "Jonah",
  "Kira",
  "Liam",
  "Mei",
  "Nadia",
];
const LAST = [
  "Martinez",
  "Bennett",
  "Shah",
  "Kim",
  "Okafor",
  "Carter",
  "Dubois",
  "Reyes",
  "Petrova",
  "Haddad",
  "Liu",
  "Tanaka",
  "Santos",
  "Mensah",
  "Fernandez",
  "Alvarez",
  "Walsh",
  "Nguyen",
  "Smith",
  "Johnson",
  "Brown",
  "Garcia",
  "Miller",
  "Davis",
  "Rodriguez",
  "Wilson",
  "Anderson",
  "Thomas",
  "Taylor",
  "Moore",
  "Jackson",
  "White",
  "Harris",
  "Clark",
  "Lewis",
  "Robinson",
  "Walker",
  "Young",
  "Allen",
  "King",
  "Wright",
  "Scott",
  "Torres",
  "Hill",
  "Flores",
  "Green",
  "Adams",
  "Nelson",
  "Baker",
  "Hall",
];
const EVERY_DAY_8_TO_8 = [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ weekday, startMinute: 480, endMinute: 1200 }));

/**
 * The calendar bench's spa, New York: 10 estheticians working 8–8, 10 rooms, one 30-minute
 * service (10-minute buffers) needing a room, `clients` clients (names from a few thousand
 * first/last/initial combinations, phones and emails, so trigram search meets lookalikes), and
 * `appointments` visits on `date`, each client with a signed intake so the badges evaluate flags.
 */
export async function createCalendarSpa(db: Db, options: { clients: number; appointments: number; date: string }) {
  const location = await db.location.create({
    data: {
      name: "Calendar Bench Spa",
      address: "1 Bench Street",
      timeZone: "America/New_York",
      phone: "+1 212 555 0100",
      email: "bench@example.com",
      bookingPolicy: { create: { slotIntervalMinutes: 15, minNoticeMinutes: 0, maxAdvanceDays: 365, cancellationWindowHours: 24 } },
    },
  });
  const service = await db.service.create({
    data: {
      locationId: location.id,
      slug: "bench-facial",
      name: "Bench Facial",
      description: "Benchmark service",
      durationMinutes: 30,
      bufferBeforeMinutes: 10,
      bufferAfterMinutes: 10,
      priceCents: 9000,
      steps: ["CLEANSE", "STEAM", "EXTRACTION", "MASK"],
      resourceRequirements: { create: [{ kind: "TREATMENT_ROOM", quantity: 1 }] },
    },
  });
  const passwordHash = await hashPassword("bench-password-not-used");
  const staff = [];
  for (let i = 0; i < 10; i++) {
    const user = await db.user.create({
      data: { email: `staff${i}@calendar.test`, name: `Esthetician ${i}`, role: "ESTHETICIAN", passwordHash },
    });
    staff.push(
      await db.staffProfile.create({
        data: {
          userId: user.id,
          locationId: location.id,
          displayName: user.name,
          startDate: new Date("2000-01-01T00:00:00Z"),
          services: { create: [{ serviceId: service.id }] },
          workingHours: { create: EVERY_DAY_8_TO_8 },
        },
      }),
    );
  }
  const rooms = await Promise.all(
    Array.from({ length: 10 }, (_, i) =>
      db.resource.create({ data: { locationId: location.id, name: `Room ${i + 1}`, kind: "TREATMENT_ROOM" } }),
    ),
  );
  await db.$executeRaw`
    INSERT INTO app_user (email, name, phone, role, password_hash)
    SELECT 'client' || i || '@calendar.test',
           (${FIRST}::text[])[1 + i % ${FIRST.length}] || ' ' || chr(65 + (i / ${FIRST.length * LAST.length}) % 26) || '. ' || (${LAST}::text[])[1 + (i / ${FIRST.length}) % ${LAST.length}],
           '+1 ' || (200 + i % 700) || ' 555 ' || lpad((i % 10000)::text, 4, '0'),
           'CLIENT', NULL
    FROM generate_series(1, ${options.clients}) AS i`;
  await db.$executeRaw`ANALYZE app_user`;
  const clients = await db.user.findMany({
    where: { role: "CLIENT" },
    select: { id: true },
    take: options.appointments,
    orderBy: { email: "asc" },
  });
  const answers = createIntakeSchema({ today: options.date }).parse(
    overlay<IntakeInput>(
      {
        contact: { fullName: "Bench Client", email: "bench.client@example.com", phone: "+1 212 555 0100" },
        emergencyContact: { name: "Family", phone: "+1 212 555 0101", relationship: "Family" },
        physician: { name: "", phone: "" },
        ...answerNoToEverything(),
        consent: { agreed: true, signature: "Bench Client" },
      },
      {
        lifestyle: { sunExposure: "moderate" },
        skin: { type: "oily", fitzpatrick: "III", concerns: ["acne"] },
        medical: { bloodThinners: { yes: true, details: "aspirin" } },
      },
    ),
  );
  await db.intakeSubmission.createMany({
    data: clients.map((client) => ({
      clientId: client.id,
      formVersion: INTAKE_FORM_VERSION,
      answers: JSON.parse(JSON.stringify(answers)),
      submittedOn: new Date(`${options.date}T00:00:00Z`),
      signature: "Bench Client",
      consentAgreed: true,
    })),
  });
  // 12 visits per esthetician, back to back from 8:10 (blocked 8:00–8:50, 8:50–9:40, …), each in its own room.
  const random = createRandom(11);
  const perStaff = Math.ceil(options.appointments / staff.length);
  const start = Date.parse(`${options.date}T13:10:00Z`); // 08:10 EST
  let n = 0;
  for (const [s, member] of staff.entries()) {
    for (let k = 0; k < perStaff && n < options.appointments; k++, n++) {
      const startsAt = new Date(start + k * 50 * 60_000);
      const blockedFrom = new Date(startsAt.getTime() - 10 * 60_000);
      const blockedUntil = new Date(startsAt.getTime() + 40 * 60_000);
      const room = rooms[s]!;
      await db.appointment.create({
        data: {
          locationId: location.id,
          clientId: clients[n]!.id,
          staffId: member.id,
          serviceId: service.id,
          startsAt,
          endsAt: new Date(startsAt.getTime() + 30 * 60_000),
          blockedFrom,
          blockedUntil,
          status: random() < 0.3 ? "CHECKED_IN" : "BOOKED",
          priceCents: 9000,
          currency: "USD",
          resources: { create: [{ resourceId: room.id, blockedFrom, blockedUntil }] },
        },
      });
    }
  }
  return { locationId: location.id };
}
