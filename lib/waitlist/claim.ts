import "server-only";
import { findAlternatives, type AvailableSlot } from "@/lib/booking/availability";
import { assertEligible } from "@/lib/booking/assert-eligible";
import { placeAppointment } from "@/lib/booking/place-appointment";
import { SlotTakenSignal } from "@/lib/booking/conflict";
import { findBookableService, type BookableService } from "@/lib/booking/load-schedule";
import { notifyAppointmentEvent } from "@/lib/booking/messages/appointment-outbox";
import { announceAppointmentChange } from "@/lib/booking/schedule-changes";
import { db, type DbClient } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import { hashSecretToken } from "@/lib/ids/secret-token";
import { releaseHold } from "./holds";
import { queueWaitlistMessage } from "./messages/outbox";
import type { ClaimOfferInput } from "./schema";

export type ClaimedBooking = { appointmentId: string; startsAt: Date; serviceName: string; staffName: string; timeZone: string };

/** Why a claim did not book, decided inside the transaction; alternatives are looked up after it. */
type Refusal = { reason: "TAKEN" | "EXPIRED" | "UNAVAILABLE"; service: BookableService; startsAt: Date; staffId: string | null };

const REFUSALS: Record<Refusal["reason"], string> = {
  TAKEN: "Sorry, another client on the waitlist claimed this time first.",
  EXPIRED: "Sorry, the hold on this time has expired and it has gone to the next person on the waitlist.",
  UNAVAILABLE: "Sorry, this time can no longer be booked.",
};

/**
 * Claims a waitlist offer with the link's token (the token is the credential: signed-in or not, it
 * books for the client it was sent to, once). One transaction turns the HELD appointment into a
 * booking: the hold's row lock serialises simultaneous claims, so exactly one wins; the others are
 * refused with the nearest free alternatives. The same token again shows the booking it made. The
 * client's eligibility (contraindications, the intake policy) is checked as for any online booking.
 */
export async function claimWaitlistOffer(input: ClaimOfferInput, now = new Date()): Promise<ClaimedBooking> {
  const offer = await db.waitlistOffer.findUnique({
    where: { tokenHash: hashSecretToken(input.token) },
    select: {
      id: true,
      appointmentId: true,
      slotStartsAt: true,
      offeredAt: true,
      status: true,
      entry: {
        select: { id: true, clientId: true, serviceId: true, staffId: true, client: { select: { email: true, name: true } } },
      },
    },
  });
  if (!offer) throw new AppError("NOT_FOUND", "This link is not valid. Please check your email for the latest offer.");
  const service = await findBookableService(db, offer.entry.serviceId);
  if (!service) throw new AppError("CONFLICT", "This treatment is no longer offered online; please call the spa.");
  if (offer.status === "PENDING") {
    // The same check as an online booking by this client: a contraindication that blocks the
    // treatment on that date, or the spa's "intake before booking" policy, refuses the claim.
    const client = {
      userId: offer.entry.clientId,
      role: "CLIENT" as const,
      email: offer.entry.client.email ?? "",
      name: offer.entry.client.name,
    };
    await assertEligible(client, service, offer.slotStartsAt, { newBooking: true });
  }
  const outcome = await db.$transaction(async (tx): Promise<ClaimedBooking | Refusal> => {
    const refusal = (reason: Refusal["reason"]): Refusal => ({
      reason,
      service,
      startsAt: offer.slotStartsAt,
      staffId: offer.entry.staffId,
    });
    // The hold first, then the offer: the expiry sweep locks in the same order.
    const hold = offer.appointmentId ? await lockAppointment(tx, offer.appointmentId) : null;
    const [current] = await tx.$queryRaw<{ status: string; expires_at: Date }[]>`
      SELECT status::text, expires_at FROM waitlist_offer WHERE id = ${offer.id}::uuid FOR UPDATE`;
    if (current?.status === "CLAIMED" && hold) return describeBooking(tx, hold.id);
    if (current?.status === "EXPIRED") return refusal("EXPIRED");
    if (current?.status !== "PENDING" || hold?.status !== "HELD") return refusal("TAKEN");
    if (current.expires_at.getTime() <= now.getTime()) return refusal("EXPIRED");
    // Still bookable as it was when offered (hours, time off, rooms may have changed since).
    const stillFree = await placeAppointment(tx, {
      service,
      startsAt: offer.slotStartsAt,
      now: offer.offeredAt,
      staffId: hold.staffId,
      excludeAppointmentId: hold.id,
    }).then(
      () => true,
      (error) => (error instanceof SlotTakenSignal ? false : Promise.reject(error)),
    );
    if (!stillFree || offer.slotStartsAt.getTime() <= now.getTime()) {
      await releaseHold(tx, { appointmentId: hold.id, outcome: "WITHDRAWN", now });
      return refusal("UNAVAILABLE");
    }
    await convertHold(tx, { holdId: hold.id, offerId: offer.id, entryId: offer.entry.id, clientId: offer.entry.clientId, now });
    return describeBooking(tx, hold.id);
  });
  if ("appointmentId" in outcome) return outcome;
  const alternatives = await findAlternatives(outcome.service, outcome.startsAt, { staffId: outcome.staffId ?? undefined, now });
  throw claimRefusedError(outcome.reason, alternatives);
}

function claimRefusedError(reason: Refusal["reason"], alternatives: AvailableSlot[]): AppError {
  const next = alternatives.length > 0 ? " Here are the nearest free times." : " You are still on the waitlist.";
  return new AppError("CONFLICT", REFUSALS[reason] + next, { data: { reason, alternatives } });
}

async function lockAppointment(tx: DbClient, appointmentId: string) {
  const [row] = await tx.$queryRaw<{ id: string; status: string; staff_id: string }[]>`
    SELECT id::text, status::text, staff_id::text FROM appointment WHERE id = ${appointmentId}::uuid FOR UPDATE`;
  return row ? { id: row.id, status: row.status, staffId: row.staff_id } : null;
}

/** The hold becomes the claimant's booking; the other offers of it are told it was taken. */
async function convertHold(tx: DbClient, options: { holdId: string; offerId: string; entryId: string; clientId: string; now: Date }) {
  const { holdId, now } = options;
  await tx.appointment.update({ where: { id: holdId }, data: { status: "BOOKED", holdExpiresAt: null, clientId: options.clientId } });
  await tx.waitlistOffer.update({ where: { id: options.offerId }, data: { status: "CLAIMED", resolvedAt: now } });
  await tx.waitlistEntry.update({ where: { id: options.entryId }, data: { status: "BOOKED", appointmentId: holdId, endedAt: now } });
  const others = await tx.waitlistOffer.findMany({
    where: { appointmentId: holdId, status: "PENDING" },
    select: { id: true, entryId: true },
  });
  await tx.waitlistOffer.updateMany({ where: { id: { in: others.map((o) => o.id) } }, data: { status: "TAKEN", resolvedAt: now } });
  await tx.waitlistEntry.updateMany({
    where: { id: { in: others.map((o) => o.entryId) }, status: "OFFERED" },
    data: { status: "WAITING" },
  });
  for (const other of others) await queueWaitlistMessage(tx, { template: "WAITLIST_TAKEN", offerId: other.id }, now);
  // Confirmation, intake request and reminders, exactly as for a booking made online.
  await notifyAppointmentEvent(tx, { kind: "booked", appointmentId: holdId }, now);
  await announceAppointmentChange(tx, "appointment.booked", holdId);
}

async function describeBooking(tx: DbClient, appointmentId: string): Promise<ClaimedBooking> {
  const row = await tx.appointment.findUniqueOrThrow({
    where: { id: appointmentId },
    select: {
      id: true,
      startsAt: true,
      service: { select: { name: true } },
      staff: { select: { displayName: true } },
      location: { select: { timeZone: true } },
    },
  });
  return {
    appointmentId: row.id,
    startsAt: row.startsAt,
    serviceName: row.service.name,
    staffName: row.staff.displayName,
    timeZone: row.location.timeZone,
  };
}
