import type { DbClient } from "@/lib/db/client";
import { planContentSchema } from "@/lib/homecare/schema";
import { appOrigin, fromAddressFor } from "@/lib/notify/outbox";
import { rebookPath } from "@/lib/homecare/rebook";
import type { HomecareMailData } from "./templates";

/**
 * The plan as the homecare messages need it, or null when it no longer exists. Read by the
 * plan's appointment (one plan per visit), which is also how its messages are filed in the log.
 * Only the next-visit window is taken from the content: no plan line ever reaches a message.
 */
export async function loadHomecareMail(database: DbClient, where: { planId: string } | { appointmentId: string }, origin = appOrigin()) {
  const row = await database.homecarePlan.findUnique({
    where: "planId" in where ? { id: where.planId } : { appointmentId: where.appointmentId },
    select: {
      id: true,
      state: true,
      content: true,
      client: { select: { id: true, name: true, email: true, notificationPreference: { select: { nudges: true } } } },
      appointment: {
        select: {
          id: true,
          startsAt: true,
          service: { select: { name: true, slug: true, steps: true } },
          staff: { select: { id: true, displayName: true } },
          location: { select: { id: true, name: true, address: true, phone: true, email: true, timeZone: true } },
        },
      },
    },
  });
  if (!row) return null;
  const { appointment, client } = row;
  const { id: _locationId, ...location } = appointment.location;
  const parsed = planContentSchema.safeParse(row.content);
  // A next visit the client cannot book online (until a condition is cleared) is not offered by email either.
  const bookable = parsed.success && parsed.data.nextVisit.bookable !== false;
  const nextVisit = parsed.success && bookable ? { from: parsed.data.nextVisit.from, to: parsed.data.nextVisit.to } : null;
  const rebook = `${origin}${rebookPath({ serviceSlug: appointment.service.slug, staffId: appointment.staff.id }, nextVisit)}`;
  const data: HomecareMailData = {
    clientName: client.name,
    serviceName: appointment.service.name,
    staffName: appointment.staff.displayName,
    visitStartsAt: appointment.startsAt,
    location,
    planUrl: `${origin}/account/homecare/${row.id}`,
    rebookUrl: rebook,
    nextVisit,
  };
  return {
    planId: row.id,
    state: row.state,
    appointmentId: appointment.id,
    clientId: client.id,
    service: { name: appointment.service.name, steps: appointment.service.steps },
    locationId: appointment.location.id,
    to: client.email,
    from: fromAddressFor(appointment.location),
    nudgesEnabled: client.notificationPreference?.nudges ?? true,
    data,
  };
}

export type HomecareMail = NonNullable<Awaited<ReturnType<typeof loadHomecareMail>>>;
