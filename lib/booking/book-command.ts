import "server-only";
import { assertCan } from "@/lib/auth/assert-can";
import type { Actor } from "@/lib/auth/policy";
import { db, type DbClient } from "@/lib/db/client";
import { assessBookingEligibility } from "./eligibility";
import { loadIntakePolicy } from "@/lib/intake/store";
import { notifyAppointmentEvent } from "@/lib/booking/messages/appointment-outbox";
import { AppError } from "@/lib/errors/app-error";
import { assignStaff, computeBlockedInterval, listSlots, pickResources } from "@/lib/scheduling";
import { getLocalDate } from "@/lib/dates/local-date";
import { findAlternatives } from "./availability";
import { isLostRace, SlotTakenSignal, slotTakenError } from "./conflict";
import { findBookableService, loadScheduleInput, type BookableService } from "./load-schedule";
import type { bookAppointmentSchema } from "./schema";
import type { z } from "zod";

type BookInput = z.output<typeof bookAppointmentSchema>;

// Bookings for one location and day are serialised by a transaction-scoped advisory lock (see
// placeAppointment), so races are rare; a writer that does not take it (or a hash collision
// across days) can still make the insert lose with 23P01, and the loser re-reads and retries.
const ATTEMPTS = 3;

/**
 * Books a slot for the signed-in client. The slot is re-checked against the engine inside the
 * transaction; the exclusion constraints settle any race that slips between check and insert.
 */
export async function bookAppointment(actor: Actor, input: BookInput, now = new Date()) {
  assertCan(actor, "booking:book-own");
  const service = await findBookableService(db, input.serviceId);
  if (!service) throw new AppError("NOT_FOUND", "That treatment is not open for booking.");
  const startsAt = new Date(input.startsAt);
  await assertEligible(actor, service, startsAt, { newBooking: true });
  let lostRace = false;
  for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
    try {
      return await db.$transaction((tx) => insertIfFree(tx, { actor, input, service, startsAt, now }));
    } catch (error) {
      if (!(error instanceof SlotTakenSignal) && !isLostRace(error)) throw error;
      lostRace = isLostRace(error);
      if (!lostRace) break;
    }
  }
  const alternatives = await findAlternatives(service, startsAt, { staffId: input.staffId ?? undefined, now });
  throw slotTakenError(alternatives, lostRace);
}

/**
 * What stops a client booking online (staff, who can adapt the treatment, are not stopped):
 * - the spa requires a current intake at booking (intake policy) and there is none for that date
 *   (a new booking only; moving an existing one is not a new booking);
 * - the avoid model rules this service (or one of its steps) out on that date: the refusal says
 *   until when, why, and how to reach the spa (DESIGN.md, Contraindications).
 */
export async function assertEligible(
  actor: Actor,
  service: BookableService,
  startsAt: Date,
  options: { newBooking?: boolean } = {},
): Promise<void> {
  if (actor.role !== "CLIENT") return;
  const eligibility = await assessBookingEligibility(actor.userId, service, getLocalDate(startsAt, service.location.timeZone));
  if (options.newBooking && service.requiresIntake && eligibility.intake !== "current") {
    const policy = await loadIntakePolicy(db, service.location.id);
    if (policy.requiredAt === "AT_BOOKING") {
      throw new AppError("FORBIDDEN", intakeRequiredMessage(eligibility.intake), {
        data: { reason: "INTAKE_REQUIRED", intake: eligibility.intake },
      });
    }
  }
  if (eligibility.blocked && eligibility.message) {
    throw new AppError("FORBIDDEN", eligibility.message, {
      data: { reason: "CONTRAINDICATED", until: eligibility.until, nextSteps: eligibility.nextSteps },
    });
  }
}

/** The spa asks for the intake before a booking: said the same way on /book and by the command. */
export function intakeRequiredMessage(state: "missing" | "expired"): string {
  return state === "expired"
    ? "Your health and skin questionnaire (intake form) has expired. This spa asks for a current one before booking online: please review it first, then choose your time."
    : "This spa asks for your health and skin questionnaire (intake form) before booking online: please fill it in first, then choose your time.";
}

async function insertIfFree(
  tx: DbClient,
  options: { actor: Actor; input: BookInput; service: BookableService; startsAt: Date; now: Date },
) {
  const { actor, input, service, startsAt, now } = options;
  const placement = await placeAppointment(tx, { service, startsAt, now, staffId: input.staffId });
  const appointment = await tx.appointment.create({
    data: {
      locationId: service.location.id,
      clientId: actor.userId,
      serviceId: service.id,
      staffId: placement.staffId,
      startsAt,
      endsAt: new Date(startsAt.getTime() + service.durationMinutes * 60_000),
      blockedFrom: placement.blockedFrom,
      blockedUntil: placement.blockedUntil,
      priceCents: service.priceCents,
      currency: service.currency,
      clientNotes: input.clientNotes,
      resources: { create: placement.resourceIds.map((resourceId) => ({ resourceId, ...placement.blocked })) },
    },
    select: { id: true, startsAt: true, endsAt: true, staffId: true, serviceId: true, status: true },
  });
  // The confirmation is written in this transaction (outbox), so it exists exactly when the booking does.
  await notifyAppointmentEvent(tx, { kind: "booked", appointmentId: appointment.id }, now);
  return appointment;
}

/**
 * Where a booking at `startsAt` goes: which esthetician and which resource units, provided the
 * engine still offers that exact slot. Throws SlotTakenSignal otherwise.
 */
export async function placeAppointment(
  tx: DbClient,
  options: { service: BookableService; startsAt: Date; now: Date; staffId: string | null; excludeAppointmentId?: string },
) {
  const { service, startsAt, now } = options;
  const date = getLocalDate(startsAt, service.location.timeZone);
  // One writer at a time per location and local day: the next one then reads the committed
  // bookings and picks another esthetician or room instead of losing on the constraint. The
  // exclusion constraints stay the guarantee; this only turns races into ordinary choices.
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${`booking:${service.location.id}:${date}`}, 0))`;
  const range = { from: date, to: date };
  const scheduleOptions = { staffId: options.staffId ?? undefined, excludeAppointmentId: options.excludeAppointmentId };
  const schedule = await loadScheduleInput(tx, { service, range, ...scheduleOptions });
  const slots = listSlots({ ...schedule, now });
  const slot = slots.find((candidate) => candidate.start === startsAt.getTime());
  if (!slot) throw new SlotTakenSignal();
  const staffId = options.staffId ?? assignStaff({ slot, staff: schedule.staff, timeZone: schedule.timeZone });
  const resourceIds = pickResources({ slot, service: schedule.service, resources: schedule.resources ?? [] });
  if (!staffId || !slot.staffIds.includes(staffId) || !resourceIds) throw new SlotTakenSignal();
  const interval = computeBlockedInterval(schedule.service, startsAt);
  const blocked = { blockedFrom: new Date(interval.start), blockedUntil: new Date(interval.end) };
  return { staffId, resourceIds, blocked, ...blocked };
}
