import type { DbClient } from "@/lib/db/client";
import { formatWhen } from "@/lib/format/zoned";
import { renderEmail, type RenderedEmail } from "@/lib/notify/layout";
import { appOrigin, fromAddressFor, queueMessage } from "@/lib/notify/outbox";
import type { SpaLocation } from "@/lib/location/queries";

export type InvitationData = {
  clientName: string;
  setPasswordUrl: string;
  expiresAt: Date;
  location: Pick<SpaLocation, "name" | "phone" | "email" | "timeZone">;
};

/**
 * The set-password link for a client the desk created. It says who made the account and why,
 * and holds the single-use link; nothing about the client's health or visits beyond the spa's name.
 */
export function renderInvitationEmail(data: InvitationData): RenderedEmail {
  const until = formatWhen(data.expiresAt, data.location.timeZone).full;
  return renderEmail({
    subject: `Set your password for ${data.location.name}`,
    recipientName: data.clientName,
    body: [
      `${data.location.name} has made an account for you, so you can see and manage your appointments, fill in your intake form before a visit and read your homecare plans.`,
      `Choose a password to start using it. The link works once, until ${until}. If it has expired, ask us for a new one.`,
      "If you did not expect this email, you can ignore it: nothing happens until a password is set.",
    ],
    links: [{ label: "Set your password", url: data.setPasswordUrl }],
    spa: data.location,
  });
}

/** Queues the invitation in the caller's transaction (outbox). */
export async function queueInvitation(
  tx: DbClient,
  options: { clientId: string; to: string; token: string; data: Omit<InvitationData, "setPasswordUrl">; now: Date },
): Promise<void> {
  const setPasswordUrl = `${appOrigin()}/set-password/${options.token}`;
  await queueMessage(
    tx,
    {
      template: "ACCOUNT_INVITATION",
      toAddress: options.to,
      fromAddress: fromAddressFor(options.data.location),
      clientId: options.clientId,
      rendered: renderInvitationEmail({ ...options.data, setPasswordUrl }),
    },
    options.now,
  );
}
