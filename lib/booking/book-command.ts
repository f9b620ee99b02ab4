import "server-only";
import { createClientAccount } from "@/lib/account/client-accounts";
import type { NewClientData } from "@/lib/account/schema";
import { recordAudit } from "@/lib/audit/record";
import { assertCan } from "@/lib/auth/assert-can";
import type { Actor } from "@/lib/auth/policy";
import { clientScope } from "@/lib/auth/scope";
import { db, type DbClient } from "@/lib/db/client";
import type { Until } from "@/lib/contraindications";
import { assessBookingEligibility } from "./eligibility";
import { recordAppointmentEvent } from "@/lib/booking/messages/appointment-outbox";
import { AppError } from "@/lib/errors/app-error";
import { assertEligible } from "./assert-eligible";
import { BOOKING_WAITS, bookingAdmission } from "./booking-waits";
import { clientOverlapError, findClientOverlaps } from "./client-overlap";
import { getLocalDate } from "@/lib/dates/local-date";
import { isUuid } from "@/lib/ids/uuid";
import { isClientOverlapViolation } from "@/lib/errors/postgres";
import { isDatabaseBusy } from "@/lib/errors/unavailable";
import { formatInstant } from "@/lib/format/zoned";
import { computeSlots, findAlternatives, withCurrentVersion } from "./availability";
import { isLostRace, SlotTakenSignal, slotTakenError } from "./conflict";
import { findBookableService, type BookableService } from "./load-schedule";
import { placeAppointment } from "./place-appointment";
import { sameTimeKey, sameTimeRequests, settlesWithin } from "./same-time";
import { staffEngineNow, withStaffRules } from "./staff-rules";
import type { bookAppointmentSchema } from "./schema";
import { writeBooking } from "./write-booking";
import type { z } from "zod";

type BookInput = z.output<typeof bookAppointmentSchema>;

export type BookedAppointment = Awaited<ReturnType<typeof insertIfFree>>;

/** Runs inside the booking's transaction once the appointment is written (the idempotency record). */
export type OnBooked = (tx: DbClient, appointment: BookedAppointment) => Promise<void>;

// Bookings for one location and day are serialised by a transaction-scoped advisory lock (see
// placeAppointment), so races are rare; a writer that does not take it (or a hash collision
// across days) can still make the insert lose with 23P01, and the loser re-reads and retries.
const ATTEMPTS = 3;

/**
 * A booking the desk (or an admin) makes for a client, by phone or at the counter: the same
 * command, engine and constraints as online booking, with the staff rules below.
 */
export type StaffBookingOptions = {
  /** An existing client, or one created with the booking in its transaction (a lost slot leaves none). */
  client: { id: string } | { create: NewClientData };
  /** Books despite a contraindication BLOCK on this service and date; required then, and audited. */
  overrideReason?: string | null;
  /** Books over another of the client's appointments on purpose; required then, kept on the row and audited. */
  overlapReason?: string | null;
  /** No messages at all (confirmation, intake request, reminders): a visit imported from another system the client already knows about. */
  silent?: boolean;
};

type Override = { reason: string; rules: string[]; until: Until | null };

/**
 * Books a slot: for the signed-in client (online), or with `staff` for a client of the desk's. The
 * slot is re-checked against the engine inside the transaction; the exclusion constraints settle
 * any race that slips between check and insert.
 */
export async function bookAppointment(actor: Actor, input: BookInput, now = new Date(), staff?: StaffBookingOptions, onBooked?: OnBooked) {
  assertCan(actor, staff ? "booking:book-for-client" : "booking:book-own");
  const found = await findBookableService(db, input.serviceId);
  if (!found) throw new AppError("NOT_FOUND", "That treatment is not open for booking.");
  const service = staff ? withStaffRules(found) : found;
  const engineNow = staff ? staffEngineNow(found, now) : now;
  const startsAt = new Date(input.startsAt);
  const staffId = input.staffId ?? undefined;
  // The desk's client must be in its directory (a client it creates with the booking has no id yet).
  let clientId: string | null = actor.userId;
  if (staff) clientId = "id" in staff.client ? await requireClientOf(actor, staff.client.id) : null;
  // Counted from here until answered: whether others want the same time decides whether this
  // request waits for the first of them, and whether it looks again in its turn (./same-time.ts).
  const sameTime = sameTimeRequests().enter(sameTimeKey(service.location.id, startsAt));
  try {
    // Before the intake is read (a read and an audit insert) and before any transaction: a time the
    // cached, version-exact schedule no longer offers is refused at once. In a burst for one slot the
    // losers then cost one round trip here (two or three when the schedule moved), no lock wait and no audit row (docs/decisions/0039).
    await refuseUnlessOffered(service, startsAt, { staffId, now: engineNow });
    // Others on this instance want the same time (a burst): wait for the first of them to be
    // answered, at most a bounded time, then look again. A time it took is refused here, before this
    // client's intake is read and audited and without a turn in the booking queue; when the time is
    // still offered (it failed, or another esthetician or room is free), this request goes on.
    if (sameTime.leader && (await settlesWithin(sameTime.leader, BOOKING_WAITS.leaderMs))) {
      await refuseUnlessOffered(await withCurrentVersion(service), startsAt, { staffId, now: engineNow });
    }
    let override: Override | null = null;
    if (!staff) await assertEligible(actor, found, startsAt, { newBooking: true });
    else if (clientId) override = await checkContraindications(actor, { clientId, service: found, startsAt, reason: staff.overrideReason });
    const newClient = staff && "create" in staff.client ? staff.client.create : null;
    let lostRace = false;
    for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
      try {
        return await bookingAdmission().run(async (waited) => {
          // A request that queued for its turn and met others wanting the same time (a burst) looks
          // again (a version read, and a schedule load when the version moved): when the time went
          // meanwhile, the loser is answered without a transaction's connection or the wait for the
          // day's lock. Alone at its time it goes on: its transaction checks under the lock anyway.
          if (waited && sameTime.contended() && !(await isStillOffered(service, startsAt, { staffId, now: engineNow }))) {
            throw new SlotTakenSignal();
          }
          return db.$transaction(
            async (tx) => {
              const overlapReason = staff?.overlapReason?.trim() || null;
              const options = {
                actor,
                input,
                service,
                startsAt,
                now,
                engineNow,
                clientId,
                newClient,
                override,
                overlapReason,
                silent: !!staff?.silent,
                byStaff: !!staff,
              };
              const appointment = await insertIfFree(tx, options);
              await onBooked?.(tx, appointment);
              return appointment;
            },
            { maxWait: BOOKING_WAITS.connectionMs, timeout: BOOKING_WAITS.transactionMs },
          );
        }, BOOKING_WAITS.turnMs);
      } catch (error) {
        // Another request booked this client into the same time meanwhile: the check below, lost.
        if (isClientOverlapViolation(error)) throw clientOverlapError(!!staff, []);
        // Waited the bounded time for a connection or the day's lock: if the time went to someone
        // else meanwhile that is the answer (409); otherwise the caller retries later (503).
        if (isDatabaseBusy(error) && !(await isStillOffered(service, startsAt, { staffId, now: engineNow }).catch(() => true))) break;
        if (!(error instanceof SlotTakenSignal) && !isLostRace(error)) throw error;
        lostRace = isLostRace(error);
        if (!lostRace) break;
      }
    }
    const alternatives = await findAlternatives(service, startsAt, { staffId, now: engineNow });
    throw slotTakenError(alternatives, lostRace);
  } finally {
    sameTime.leave();
  }
}

/**
 * Refuses a time the schedule at `service`'s version does not offer, with the alternatives at that
 * same version (it showed the time taken: nothing newer to include).
 */
async function refuseUnlessOffered(service: BookableService, startsAt: Date, options: { staffId?: string; now: Date }): Promise<void> {
  if (!(await isOffered(service, startsAt, options))) {
    throw slotTakenError(await findAlternatives(service, startsAt, { ...options, versionShowedTaken: true }), false);
  }
}

/** `isOffered` by the schedule as committed now: the version read again, for a later look. */
async function isStillOffered(service: BookableService, startsAt: Date, options: { staffId?: string; now: Date }): Promise<boolean> {
  return isOffered(await withCurrentVersion(service), startsAt, options);
}

/** Whether the schedule offers exactly `startsAt` (with that esthetician, when one is named). */
async function isOffered(service: BookableService, startsAt: Date, options: { staffId?: string; now: Date }): Promise<boolean> {
  const date = getLocalDate(startsAt, service.location.timeZone);
  const slots = await computeSlots(service, { from: date, to: date }, options);
  return slots.some((slot) => slot.start === startsAt.getTime());
}

/** The client the desk books for, within its client scope (NOT_FOUND otherwise). */
async function requireClientOf(actor: Actor, clientId: string): Promise<string> {
  const client = isUuid(clientId)
    ? await db.user.findFirst({ where: { id: clientId, ...clientScope(actor) }, select: { id: true } })
    : null;
  if (!client)
    throw new AppError("NOT_FOUND", "That client was not found.", { fieldErrors: { clientId: ["Choose a client from the list."] } });
  return client.id;
}

/**
 * For a staff booking: a BLOCK stops it until staff give a reason to override it (the esthetician
 * can adapt the treatment); the desk sees the severity and the client-facing sentence only.
 */
async function checkContraindications(
  actor: Actor,
  options: { clientId: string; service: BookableService; startsAt: Date; reason?: string | null },
): Promise<Override | null> {
  const { service, startsAt } = options;
  const visitDate = getLocalDate(startsAt, service.location.timeZone);
  const eligibility = await assessBookingEligibility(options.clientId, service, visitDate, { readerId: actor.userId });
  if (!eligibility.blocked) return null;
  const reason = options.reason?.trim();
  if (reason) return { reason, rules: eligibility.ruleNames, until: eligibility.until };
  throw new AppError(
    "CONFLICT",
    `This client's intake gives a reason not to do the ${service.name} on this date. To book it anyway, give the reason for overriding (it is kept in the audit log).`,
    {
      data: {
        reason: "CONTRAINDICATED",
        requiresOverride: true,
        until: eligibility.until,
        flags: eligibility.reasons.map((message) => ({ severity: "BLOCK", message })),
      },
    },
  );
}

async function insertIfFree(
  tx: DbClient,
  options: {
    actor: Actor;
    input: BookInput;
    service: BookableService;
    startsAt: Date;
    now: Date;
    engineNow: Date;
    clientId: string | null;
    newClient: NewClientData | null;
    override: Override | null;
    overlapReason: string | null;
    byStaff: boolean;
    silent: boolean;
  },
) {
  const { actor, input, service, startsAt, now } = options;
  const clientId = options.clientId ?? (await createClientAccount(tx, actor, options.newClient!, now)).id;
  const placement = await placeAppointment(tx, { service, startsAt, now: options.engineNow, staffId: input.staffId });
  const endsAt = new Date(startsAt.getTime() + service.durationMinutes * 60_000);
  const written = await writeBooking(tx, {
    locationId: service.location.id,
    clientId,
    serviceId: service.id,
    staffId: placement.staffId,
    startsAt,
    endsAt,
    blockedFrom: placement.blockedFrom,
    blockedUntil: placement.blockedUntil,
    resourceIds: placement.resourceIds,
    priceCents: service.priceCents,
    currency: service.currency,
    clientNotes: input.clientNotes,
    date: getLocalDate(startsAt, service.location.timeZone),
    overlapReason: options.byStaff ? options.overlapReason : null,
  });
  if (!written) {
    // Refused for the client's other visit at that time: read which, for the answer.
    const overlapping = await findClientOverlaps(tx, clientId, { startsAt, endsAt });
    const timeZone = service.location.timeZone;
    throw clientOverlapError(
      options.byStaff,
      overlapping.map((visit) => ({ id: visit.id, serviceName: visit.serviceName, when: formatInstant(visit.startsAt, timeZone) })),
    );
  }
  const { appointment, overlapping } = written;
  const overlapReason = overlapping.length > 0 ? options.overlapReason : null;
  if (options.byStaff) {
    await recordAudit(tx, actor, {
      action: "appointment.book",
      entityType: "appointment",
      entityId: appointment.id,
      details: { clientId, newClient: options.clientId === null, staffId: placement.staffId, startsAt },
    });
  }
  if (options.override) {
    await recordAudit(tx, actor, {
      action: "appointment.contraindication-override",
      entityType: "appointment",
      entityId: appointment.id,
      details: { reason: options.override.reason, rules: options.override.rules, until: options.override.until },
    });
  }
  if (overlapReason) {
    await recordAudit(tx, actor, {
      action: "appointment.client-overlap",
      entityType: "appointment",
      entityId: appointment.id,
      details: { reason: overlapReason, overlapping },
    });
  }
  // The confirmation is written in this transaction (outbox), so it exists exactly when the booking does.
  if (!options.silent) await recordAppointmentEvent(tx, { kind: "booked", mail: written.mail }, now);
  return appointment;
}
