import "server-only";
import { assertCan } from "@/lib/auth/assert-can";
import type { Actor } from "@/lib/auth/policy";
import { db } from "@/lib/db/client";
import { addDays, getLocalDate, localDateFromDbDate, type LocalDate } from "@/lib/dates/local-date";
import { hashSecretToken } from "@/lib/ids/secret-token";
import { requireSpaLocation } from "@/lib/location/queries";
import { wantsDate } from "./rules";
import type { WaitlistOfferMode } from "./schema";

const ACTIVE = ["WAITING", "OFFERED"] as ("WAITING" | "OFFERED")[];

export type WaitlistEntryView = {
  id: string;
  serviceName: string;
  staffName: string | null;
  fromDate: LocalDate;
  toDate: LocalDate;
  weekdays: number[];
  dayParts: string[];
  status: "WAITING" | "OFFERED";
  /** The slot held for this entry right now, if any. */
  offer: { startsAt: Date; expiresAt: Date } | null;
};

const entrySelect = {
  id: true,
  status: true,
  fromDate: true,
  toDate: true,
  weekdays: true,
  dayParts: true,
  service: { select: { name: true } },
  staff: { select: { displayName: true } },
  offers: { where: { status: "PENDING" as const }, select: { slotStartsAt: true, expiresAt: true }, take: 1 },
} as const;

type EntryRow = Awaited<ReturnType<typeof loadRows>>[number];

function loadRows(where: object) {
  return db.waitlistEntry.findMany({ where, orderBy: [{ position: "asc" }, { createdAt: "asc" }], select: entrySelect });
}

function toView(row: EntryRow): WaitlistEntryView {
  const offer = row.offers[0];
  return {
    id: row.id,
    serviceName: row.service.name,
    staffName: row.staff?.displayName ?? null,
    fromDate: localDateFromDbDate(row.fromDate),
    toDate: localDateFromDbDate(row.toDate),
    weekdays: row.weekdays,
    dayParts: row.dayParts,
    status: row.status as WaitlistEntryView["status"],
    offer: offer ? { startsAt: offer.slotStartsAt, expiresAt: offer.expiresAt } : null,
  };
}

/** The signed-in client's entries still waiting (windows not yet over), in queue order. */
export async function listOwnWaitlist(actor: Actor, now = new Date()): Promise<WaitlistEntryView[]> {
  assertCan(actor, "waitlist:join-own");
  const location = await requireSpaLocation();
  const today = getLocalDate(now, location.timeZone);
  const rows = await loadRows({ clientId: actor.userId, status: { in: ACTIVE }, toDate: { gte: new Date(`${today}T00:00:00Z`) } });
  return rows.map(toView);
}

export type DeskWaitlistEntry = WaitlistEntryView & {
  clientId: string;
  clientName: string;
  clientEmail: string | null;
  clientPhone: string | null;
  createdAt: Date;
};

export type DeskWaitlistGroup = { serviceId: string; serviceName: string; entries: DeskWaitlistEntry[] };

/**
 * The desk's view: who waits for a time on `date` (window and weekday), grouped by treatment in
 * queue order (the order offers are made in), optionally for one treatment.
 */
export async function listWaitlistForDay(actor: Actor, options: { date?: LocalDate; serviceId?: string }, now = new Date()) {
  assertCan(actor, "waitlist:manage");
  const location = await requireSpaLocation();
  const date = options.date ?? getLocalDate(now, location.timeZone);
  const day = new Date(`${date}T00:00:00Z`);
  const rows = await db.waitlistEntry.findMany({
    // One location per installation (docs/decisions/0012): the spa gives the zone and "today".
    where: {
      status: { in: ACTIVE },
      fromDate: { lte: day },
      toDate: { gte: day },
      ...(options.serviceId ? { serviceId: options.serviceId } : {}),
    },
    orderBy: [{ position: "asc" }, { createdAt: "asc" }],
    select: { ...entrySelect, serviceId: true, createdAt: true, client: { select: { id: true, name: true, email: true, phone: true } } },
  });
  const groups = new Map<string, DeskWaitlistGroup>();
  for (const row of rows) {
    const view = toView(row);
    if (!wantsDate({ ...view, staffId: null }, date)) continue;
    const group = groups.get(row.serviceId) ?? { serviceId: row.serviceId, serviceName: row.service.name, entries: [] };
    group.entries.push({
      ...view,
      clientId: row.client.id,
      clientName: row.client.name,
      clientEmail: row.client.email,
      clientPhone: row.client.phone,
      createdAt: row.createdAt,
    });
    groups.set(row.serviceId, group);
  }
  return { date, timeZone: location.timeZone, groups: [...groups.values()].sort((a, b) => a.serviceName.localeCompare(b.serviceName)) };
}

export type OffersReport = {
  from: LocalDate;
  to: LocalDate;
  sent: number;
  claimed: number;
  expired: number;
  taken: number;
  withdrawn: number;
  pending: number;
  /** Prices of the bookings claimed from offers that were not cancelled afterwards. */
  recoveredCents: number;
  currency: string | null;
};

/** Offers made on the spa's local days [from, to]: what happened to them, and the revenue they recovered. */
export async function getOffersReport(
  actor: Actor,
  options: { from?: LocalDate; to?: LocalDate },
  now = new Date(),
): Promise<OffersReport> {
  assertCan(actor, "waitlist:view-report");
  const location = await requireSpaLocation();
  const to = options.to ?? getLocalDate(now, location.timeZone);
  const from = options.from ?? addDays(to, -29);
  const [row] = await db.$queryRaw<
    {
      sent: number;
      claimed: number;
      expired: number;
      taken: number;
      withdrawn: number;
      pending: number;
      recovered: bigint;
      currency: string | null;
    }[]
  >`
    SELECT count(*)::int AS sent,
      count(*) FILTER (WHERE o.status = 'CLAIMED')::int AS claimed,
      count(*) FILTER (WHERE o.status = 'EXPIRED')::int AS expired,
      count(*) FILTER (WHERE o.status = 'TAKEN')::int AS taken,
      count(*) FILTER (WHERE o.status = 'WITHDRAWN')::int AS withdrawn,
      count(*) FILTER (WHERE o.status = 'PENDING')::int AS pending,
      coalesce(sum(a.price_cents) FILTER (WHERE o.status = 'CLAIMED' AND a.status NOT IN ('CANCELLED', 'LATE_CANCELLED')), 0)::bigint AS recovered,
      max(a.currency) AS currency
    FROM waitlist_offer o
    LEFT JOIN appointment a ON a.id = o.appointment_id
    WHERE (o.offered_at AT TIME ZONE ${location.timeZone})::date BETWEEN ${from}::date AND ${to}::date`;
  return {
    from,
    to,
    sent: row?.sent ?? 0,
    claimed: row?.claimed ?? 0,
    expired: row?.expired ?? 0,
    taken: row?.taken ?? 0,
    withdrawn: row?.withdrawn ?? 0,
    pending: row?.pending ?? 0,
    recoveredCents: Number(row?.recovered ?? 0),
    currency: row?.currency ?? null,
  };
}

export type OfferForClaim =
  | { state: "invalid" }
  | {
      state: "pending" | "claimed" | "taken" | "expired" | "withdrawn";
      serviceName: string;
      serviceSlug: string;
      staffName: string | null;
      startsAt: Date;
      expiresAt: Date;
      timeZone: string;
      appointmentId: string | null;
    };

/**
 * What a claim link offers, for its page. The token is the credential, so only the offer itself is
 * shown (treatment, time, esthetician), never who it is for.
 */
export async function getOfferForClaim(token: string, now = new Date()): Promise<OfferForClaim> {
  if (!/^[A-Za-z0-9_-]{43}$/.test(token)) return { state: "invalid" };
  const offer = await db.waitlistOffer.findUnique({
    where: { tokenHash: hashSecretToken(token) },
    select: {
      status: true,
      slotStartsAt: true,
      expiresAt: true,
      appointmentId: true,
      appointment: { select: { staff: { select: { displayName: true } } } },
      entry: { select: { service: { select: { name: true, slug: true } }, location: { select: { timeZone: true } } } },
    },
  });
  if (!offer) return { state: "invalid" };
  const lapsed = offer.status === "PENDING" && offer.expiresAt.getTime() <= now.getTime();
  const state = lapsed ? "expired" : (offer.status.toLowerCase() as Exclude<OfferForClaim["state"], "invalid">);
  return {
    state,
    serviceName: offer.entry.service.name,
    serviceSlug: offer.entry.service.slug,
    staffName: offer.appointment?.staff.displayName ?? null,
    startsAt: offer.slotStartsAt,
    expiresAt: offer.expiresAt,
    timeZone: offer.entry.location.timeZone,
    appointmentId: state === "claimed" ? offer.appointmentId : null,
  };
}

/** The waitlist settings on the spa's booking policy (the defaults before one exists). */
export async function getWaitlistPolicy(actor: Actor) {
  assertCan(actor, "waitlist:manage-policy");
  const location = await requireSpaLocation();
  const policy = await db.bookingPolicy.findUnique({
    where: { locationId: location.id },
    select: { waitlistOfferMode: true, waitlistBatchSize: true, waitlistHoldMinutes: true },
  });
  return {
    waitlistOfferMode: (policy?.waitlistOfferMode ?? "ONE_AT_A_TIME") as WaitlistOfferMode,
    waitlistBatchSize: policy?.waitlistBatchSize ?? 3,
    waitlistHoldMinutes: policy?.waitlistHoldMinutes ?? 30,
  };
}

/** Treatments open for booking, each with the estheticians who perform it (the desk's form). */
export async function listWaitlistServices(actor: Actor) {
  assertCan(actor, "waitlist:manage");
  const services = await db.service.findMany({
    where: { active: true },
    orderBy: [{ sortOrder: "asc" }, { name: "asc" }],
    select: {
      id: true,
      name: true,
      staff: { where: { staff: { active: true } }, select: { staff: { select: { id: true, displayName: true } } } },
    },
  });
  return services.map((service) => ({
    id: service.id,
    name: service.name,
    staff: service.staff.map((link) => link.staff).sort((a, b) => a.displayName.localeCompare(b.displayName)),
  }));
}
