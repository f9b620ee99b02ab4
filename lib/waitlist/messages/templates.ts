import { formatWhen } from "@/lib/format/zoned";
import { renderEmail, type RenderedEmail } from "@/lib/notify/layout";

export type WaitlistTemplate = "WAITLIST_OFFER" | "WAITLIST_TAKEN" | "WAITLIST_HOLD_EXPIRED";

/** What waitlist messages say: names, the offered time in the spa's zone and links. Never anything from an intake. */
export type WaitlistMailData = {
  clientName: string;
  serviceName: string;
  staffName: string;
  startsAt: Date;
  /** Until when the time is held for the client. */
  holdExpiresAt: Date;
  location: { name: string; phone: string; email: string; timeZone: string };
  /** /waitlist/claim/<token> (offers only). */
  claimUrl: string | null;
  /** /account/waitlist: the entries, and leaving the list. */
  waitlistUrl: string;
  preferencesUrl: string;
};

function copyFor(template: WaitlistTemplate, data: WaitlistMailData) {
  const zone = data.location.timeZone;
  const when = formatWhen(data.startsAt, zone).full;
  const what = `${data.serviceName} with ${data.staffName} on ${when}`;
  switch (template) {
    case "WAITLIST_OFFER":
      return {
        subject: `A time for your ${data.serviceName} has opened up`,
        body: [
          `Good news: a time you were waiting for is free. ${what}.`,
          `We are holding it for you until ${formatWhen(data.holdExpiresAt, zone).time}. After that it goes to the next person on the waitlist.`,
          "If someone else on the waitlist claims it first, we will let you know and keep you on the list.",
        ],
        links: [
          { label: "Book this time", url: data.claimUrl ?? data.waitlistUrl },
          { label: "Your waitlist", url: data.waitlistUrl },
        ],
      };
    case "WAITLIST_TAKEN":
      return {
        subject: `The ${data.serviceName} time we offered has been taken`,
        body: [
          `The time we offered you (${what}) has been taken by another client on the waitlist.`,
          "You are still on the waitlist: we will write again when another time frees up.",
        ],
        links: [{ label: "Your waitlist", url: data.waitlistUrl }],
      };
    case "WAITLIST_HOLD_EXPIRED":
      return {
        subject: `Your hold on a ${data.serviceName} time has expired`,
        body: [
          `We held ${what} for you until ${formatWhen(data.holdExpiresAt, zone).time}. The hold has expired and the time has gone to the next person on the waitlist.`,
          "You are still on the waitlist for other times.",
        ],
        links: [{ label: "Your waitlist", url: data.waitlistUrl }],
      };
  }
}

/** Waitlist offers and their outcomes; optional messages, so each carries the preferences link. */
export function renderWaitlistEmail(template: WaitlistTemplate, data: WaitlistMailData): RenderedEmail {
  const copy = copyFor(template, data);
  return renderEmail({
    subject: copy.subject,
    recipientName: data.clientName,
    body: copy.body,
    links: copy.links,
    spa: data.location,
    preferencesUrl: data.preferencesUrl,
  });
}
