import "server-only";
import { isUuid } from "@/lib/ids/uuid";
import { db } from "@/lib/db/client";

/**
 * What the public booking picker needs. Anyone may look before signing in, so these take no
 * actor; they return only public fields (no user ids, emails or hours).
 */
export type StaffOption = { id: string; displayName: string; bio: string };

export type BookingContext = {
  service: { id: string; slug: string; name: string; durationMinutes: number; priceCents: number; currency: string };
  location: { name: string; address: string; phone: string; email: string; timeZone: string };
  policy: { cancellationWindowHours: number; maxAdvanceDays: number };
  staff: StaffOption[];
};

function serviceWhere(serviceIdOrSlug: string) {
  return { active: true, ...(isUuid(serviceIdOrSlug) ? { id: serviceIdOrSlug } : { slug: serviceIdOrSlug }) };
}

/** Active estheticians who perform an active service, by name; empty for an unknown service. */
export async function listStaffForService(serviceIdOrSlug: string): Promise<StaffOption[]> {
  if (!serviceIdOrSlug) return [];
  return db.staffProfile.findMany({
    where: { active: true, services: { some: { service: serviceWhere(serviceIdOrSlug) } } },
    orderBy: { displayName: "asc" },
    select: { id: true, displayName: true, bio: true },
  });
}

/** The service, its spa, the booking policy and the staff who perform it; null when not bookable. */
export async function getBookingContext(serviceIdOrSlug: string): Promise<BookingContext | null> {
  if (!serviceIdOrSlug) return null;
  const service = await db.service.findFirst({
    where: serviceWhere(serviceIdOrSlug),
    select: {
      id: true,
      slug: true,
      name: true,
      durationMinutes: true,
      priceCents: true,
      currency: true,
      location: {
        select: {
          name: true,
          address: true,
          phone: true,
          email: true,
          timeZone: true,
          bookingPolicy: { select: { cancellationWindowHours: true, maxAdvanceDays: true } },
        },
      },
    },
  });
  if (!service) return null;
  const { location, ...summary } = service;
  const { bookingPolicy, ...spa } = location;
  return {
    service: summary,
    location: spa,
    policy: { cancellationWindowHours: bookingPolicy?.cancellationWindowHours ?? 24, maxAdvanceDays: bookingPolicy?.maxAdvanceDays ?? 90 },
    staff: await listStaffForService(service.id),
  };
}
