import "server-only";
import { computeSlots } from "@/lib/booking/availability";
import { holdResources, placeAppointment } from "@/lib/booking/place-appointment";
import { isLostRace, SlotTakenSignal } from "@/lib/booking/conflict";
import { findBookableService, type BookableService } from "@/lib/booking/load-schedule";
import { announceAppointmentChange } from "@/lib/booking/schedule-changes";
import { db, type DbClient } from "@/lib/db/client";
import { isClientOverlapViolation } from "@/lib/errors/postgres";
import { addDays, getLocalDate, getLocalTime, localDateFromDbDate, type LocalDate } from "@/lib/dates/local-date";
import { newSecretToken } from "@/lib/ids/secret-token";
import type { Slot } from "@/lib/scheduling";
import { queueWaitlistMessage } from "./messages/outbox";
import { datesToSearch, holdExpiry, slotSuits, type EntryPreferences } from "./rules";

type WaitlistPolicy = { mode: string; batchSize: number; holdMinutes: number };

type Candidate = EntryPreferences & {
  id: string;
  clientId: string;
  serviceId: string;
  /** Slot starts this entry was offered before (declined by letting them lapse): never again. */
  offeredStarts: Set<number>;
};

/** A slot found for an entry lost to another writer (or the entry changed): try the next one. */
class OfferNotMade extends Error {
  override name = "OfferNotMade";
}

/** How many slots per entry are tried before giving up for this pass (each lost one means a race). */
const SLOT_ATTEMPTS = 3;

/**
 * Offers freed time to the waitlist of one location (docs/decisions/0026): for each waiting entry
 * in queue order, the earliest free slot that suits it on the touched dates (`null` = any date) is
 * held as a HELD appointment (the same engine, advisory lock and exclusion constraints as a
 * booking) and offered by email. With NEXT_N the same hold is offered to the next matching
 * entries too; the first to claim wins. Returns how many holds were placed.
 */
export async function offerFreedTime(options: { locationId: string; dates: LocalDate[] | null }, now = new Date()): Promise<number> {
  const location = await db.location.findUnique({
    where: { id: options.locationId },
    select: {
      timeZone: true,
      bookingPolicy: { select: { maxAdvanceDays: true, waitlistOfferMode: true, waitlistBatchSize: true, waitlistHoldMinutes: true } },
    },
  });
  const policy = location?.bookingPolicy;
  if (!location || !policy) return 0;
  const today = getLocalDate(now, location.timeZone);
  const bounds = { touched: options.dates, today, lastDate: addDays(today, policy.maxAdvanceDays) };
  const waitlistPolicy = { mode: policy.waitlistOfferMode, batchSize: policy.waitlistBatchSize, holdMinutes: policy.waitlistHoldMinutes };
  const entries = await loadCandidates(options.locationId, today);
  const services = new Map<string, Promise<BookableService | null>>();
  const offered = new Set<string>();
  let holds = 0;
  for (const entry of entries) {
    if (offered.has(entry.id)) continue;
    const dates = datesToSearch(entry, bounds);
    if (dates.length === 0) continue;
    if (!services.has(entry.serviceId)) services.set(entry.serviceId, findBookableService(db, entry.serviceId));
    const service = await services.get(entry.serviceId)!;
    if (!service) continue;
    const slots = await suitableSlots(entry, service, dates, now);
    for (const slot of slots.slice(0, SLOT_ATTEMPTS)) {
      const made = await holdAndOffer({ entry, slot, service, policy: waitlistPolicy, queue: entries, skip: offered, now });
      if (!made) continue;
      holds++;
      made.forEach((id) => offered.add(id));
      // The hold changed the schedule: services are read again, with the new schedule version, so
      // the next entry's slots come from the schedule as it now is (not the cached one without it).
      services.clear();
      break;
    }
  }
  return holds;
}

/** Entries that may be offered time: waiting, window not over, the client reachable and not opted out. */
async function loadCandidates(locationId: string, today: LocalDate): Promise<Candidate[]> {
  const rows = await db.waitlistEntry.findMany({
    where: {
      locationId,
      status: "WAITING",
      toDate: { gte: new Date(`${today}T00:00:00Z`) },
      client: { email: { not: null }, mergedIntoId: null, NOT: { notificationPreference: { waitlist: false } } },
    },
    orderBy: [{ position: "asc" }, { createdAt: "asc" }],
    select: {
      id: true,
      clientId: true,
      serviceId: true,
      staffId: true,
      fromDate: true,
      toDate: true,
      weekdays: true,
      dayParts: true,
      offers: { select: { slotStartsAt: true } },
    },
  });
  return rows.map((row) => ({
    ...row,
    fromDate: localDateFromDbDate(row.fromDate),
    toDate: localDateFromDbDate(row.toDate),
    offeredStarts: new Set(row.offers.map((offer) => offer.slotStartsAt.getTime())),
  }));
}

function minuteOfDay(instant: number, timeZone: string): number {
  const [hours, minutes] = getLocalTime(instant, timeZone).split(":").map(Number);
  return hours! * 60 + minutes!;
}

function suits(entry: Candidate, slot: Slot, timeZone: string, staffIds = slot.staffIds): boolean {
  return (
    !entry.offeredStarts.has(slot.start) && slotSuits(entry, { date: slot.date, startMinute: minuteOfDay(slot.start, timeZone), staffIds })
  );
}

/** Free slots (online rules) on the entry's dates that suit its preferences, earliest first. */
async function suitableSlots(entry: Candidate, service: BookableService, dates: LocalDate[], now: Date): Promise<Slot[]> {
  const slots = await computeSlots(service, { from: dates[0]!, to: dates.at(-1)! }, { staffId: entry.staffId ?? undefined, now });
  const wanted = new Set(dates);
  return slots.filter((slot) => wanted.has(slot.date) && suits(entry, slot, service.location.timeZone));
}

/**
 * One transaction: place the hold where the engine still offers the slot (under the day's advisory
 * lock, taken first so every waitlist and booking path locks in the same order), lock the entries
 * it is offered to, write the offers and their messages. Returns the entry ids, or null when the
 * slot or the entry was taken meanwhile.
 */
async function holdAndOffer(options: {
  entry: Candidate;
  slot: Slot;
  service: BookableService;
  policy: WaitlistPolicy;
  queue: Candidate[];
  skip: Set<string>;
  now: Date;
}): Promise<string[] | null> {
  const { entry, slot, service, policy, now } = options;
  const startsAt = new Date(slot.start);
  try {
    return await db.$transaction(async (tx) => {
      const placement = await placeAppointment(tx, { service, startsAt, now, staffId: entry.staffId });
      const companions =
        policy.mode === "NEXT_N"
          ? options.queue
              .filter((other) => other.id !== entry.id && !options.skip.has(other.id) && other.serviceId === entry.serviceId)
              .filter((other) => suits(other, slot, service.location.timeZone, [placement.staffId]))
              .slice(0, policy.batchSize - 1)
          : [];
      const entryIds = await lockWaiting(tx, [entry.id, ...companions.map((other) => other.id)]);
      if (!entryIds.includes(entry.id)) throw new OfferNotMade();
      const expiresAt = holdExpiry({ now, holdMinutes: policy.holdMinutes, startsAt });
      const hold = await tx.appointment.create({
        data: {
          locationId: service.location.id,
          clientId: entry.clientId,
          serviceId: service.id,
          staffId: placement.staffId,
          startsAt,
          endsAt: new Date(slot.end),
          blockedFrom: placement.blockedFrom,
          blockedUntil: placement.blockedUntil,
          status: "HELD",
          holdExpiresAt: expiresAt,
          priceCents: service.priceCents,
          currency: service.currency,
        },
        select: { id: true },
      });
      await holdResources(tx, hold.id, placement);
      for (const entryId of entryIds) await writeOffer(tx, { entryId, appointmentId: hold.id, startsAt, expiresAt, now });
      await announceAppointmentChange(tx, "appointment.held", hold.id);
      return entryIds;
    });
  } catch (error) {
    // The client's own visit at that time (appointment_no_client_overlap) rules this slot out for
    // them, like a lost race: the next slot, or the next entry, is tried.
    if (error instanceof SlotTakenSignal || error instanceof OfferNotMade || isLostRace(error) || isClientOverlapViolation(error))
      return null;
    throw error;
  }
}

/** Locks the entries (in a fixed order) and returns those still waiting, in the order given. */
async function lockWaiting(tx: DbClient, entryIds: string[]): Promise<string[]> {
  const rows = await tx.$queryRaw<{ id: string; status: string }[]>`
    SELECT id::text, status::text FROM waitlist_entry WHERE id = ANY(${entryIds}::uuid[]) ORDER BY id FOR UPDATE`;
  const waiting = new Set(rows.filter((row) => row.status === "WAITING").map((row) => row.id));
  return entryIds.filter((id) => waiting.has(id));
}

async function writeOffer(
  tx: DbClient,
  options: { entryId: string; appointmentId: string; startsAt: Date; expiresAt: Date; now: Date },
): Promise<void> {
  const { token, tokenHash } = newSecretToken();
  const offer = await tx.waitlistOffer.create({
    data: {
      entryId: options.entryId,
      appointmentId: options.appointmentId,
      slotStartsAt: options.startsAt,
      tokenHash,
      offeredAt: options.now,
      expiresAt: options.expiresAt,
    },
    select: { id: true },
  });
  await tx.waitlistEntry.update({ where: { id: options.entryId }, data: { status: "OFFERED" } });
  await queueWaitlistMessage(tx, { template: "WAITLIST_OFFER", offerId: offer.id, token }, options.now);
}
