import type { DbClient } from "@/lib/db/client";
import { renderEmail } from "@/lib/notify/layout";
import { appOrigin, fromAddressFor, queueMessage } from "@/lib/notify/outbox";
import type { SpaLocation } from "@/lib/location/queries";

/**
 * The intake link for a client with no upcoming visit to attach it to ("send intake link now"
 * from their page): a link to the form, and nothing from it.
 */
export async function queueIntakeLink(
  tx: DbClient,
  options: { client: { id: string; name: string; email: string }; location: SpaLocation; now: Date },
): Promise<void> {
  const { client, location } = options;
  const rendered = renderEmail({
    subject: `Your intake form for ${location.name}`,
    recipientName: client.name,
    body: [
      "Before your next treatment we need your health and skin questionnaire (intake form), so your esthetician can prepare a treatment that is safe for your skin.",
      "It takes a few minutes online.",
    ],
    links: [{ label: "Fill in your intake form", url: `${appOrigin()}/account/intake` }],
    spa: location,
  });
  await queueMessage(
    tx,
    { template: "INTAKE_LINK", toAddress: client.email, fromAddress: fromAddressFor(location), clientId: client.id, rendered },
    options.now,
  );
}
