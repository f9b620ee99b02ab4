import type { DbClient } from "@/lib/db/client";
import { appOrigin, fromAddressFor, queueMessage } from "@/lib/notify/outbox";
import { renderWaitlistEmail, type WaitlistTemplate } from "./templates";

/**
 * Writes one waitlist message for an offer, INSIDE the transaction that makes the offer or settles
 * it (outbox). Read before an unclaimed hold is deleted. Nothing is written for a client without
 * an email address or with waitlist messages turned off.
 */
export async function queueWaitlistMessage(
  tx: DbClient,
  options: { template: WaitlistTemplate; offerId: string; token?: string; origin?: string },
  now: Date,
): Promise<void> {
  const offer = await tx.waitlistOffer.findUniqueOrThrow({
    where: { id: options.offerId },
    select: {
      slotStartsAt: true,
      expiresAt: true,
      appointment: { select: { staff: { select: { displayName: true } } } },
      entry: {
        select: {
          client: { select: { id: true, name: true, email: true, notificationPreference: { select: { waitlist: true } } } },
          service: { select: { name: true } },
          location: { select: { name: true, phone: true, email: true, timeZone: true } },
        },
      },
    },
  });
  const { client, service, location } = offer.entry;
  if (!client.email || client.notificationPreference?.waitlist === false) return;
  const origin = options.origin ?? appOrigin();
  const rendered = renderWaitlistEmail(options.template, {
    clientName: client.name,
    serviceName: service.name,
    staffName: offer.appointment?.staff.displayName ?? "your esthetician",
    startsAt: offer.slotStartsAt,
    holdExpiresAt: offer.expiresAt,
    location,
    claimUrl: options.token ? `${origin}/waitlist/claim/${options.token}` : null,
    waitlistUrl: `${origin}/account/waitlist`,
    preferencesUrl: `${origin}/account/notifications`,
  });
  await queueMessage(
    tx,
    { template: options.template, toAddress: client.email, fromAddress: fromAddressFor(location), rendered, clientId: client.id },
    now,
  );
}
