import type { LocalDate } from "@/lib/dates/local-date";
import { formatWhen } from "@/lib/format/zoned";
import { localDateAt } from "./nudge-schedule";
import { renderEmail, type RenderedEmail } from "@/lib/notify/layout";

export type HomecareTemplate = "HOMECARE_PUBLISHED" | "HOMECARE_NUDGE";

/** What the homecare messages say: names, dates and links. Never a line of the plan. */
export type HomecareMailData = {
  clientName: string;
  serviceName: string;
  staffName: string;
  visitStartsAt: Date;
  location: { name: string; address: string; phone: string; email: string; timeZone: string };
  /** /account/homecare/<planId>: the plan itself is read there, signed in. */
  planUrl: string;
  /** /book?service=<slug>&staff=<staffId>&date=<nextVisit.from>&until=<nextVisit.to> */
  rebookUrl: string;
  nextVisit: { from: LocalDate; to: LocalDate } | null;
};

/** A calendar day of the spa's, written by the one formatter (noon there, so no zone can shift it). */
const dayName = (date: LocalDate, timeZone: string) => formatWhen(localDateAt(date, 12, timeZone), timeZone).date;

function copyFor(template: HomecareTemplate, data: HomecareMailData) {
  const zone = data.location.timeZone;
  const visitDay = formatWhen(data.visitStartsAt, zone).date;
  if (template === "HOMECARE_PUBLISHED") {
    return {
      subject: `Your homecare plan from ${data.location.name} is ready`,
      paragraphs: [
        `${data.staffName} has prepared your homecare plan after your ${data.serviceName} on ${visitDay}.`,
        "Sign in to read it. For your privacy we keep its details out of email.",
      ],
      link: { label: "Read your homecare plan", url: data.planUrl },
    };
  }
  const window = data.nextVisit ? `between ${dayName(data.nextVisit.from, zone)} and ${dayName(data.nextVisit.to, zone)}` : "about now";
  return {
    subject: `Time to book your next ${data.serviceName}`,
    paragraphs: [
      `After your ${data.serviceName} on ${visitDay}, ${data.staffName} suggested your next visit ${window}.`,
      "Book a time that suits you online; your homecare plan is in your account.",
    ],
    link: { label: "Book your next visit", url: data.rebookUrl },
  };
}

/**
 * The "homecare plan published" message and the rebooking nudge. Both carry links and the spa's
 * dates in its zone, and deliberately nothing from the plan: email is no place for health details.
 */
export function renderHomecareEmail(template: HomecareTemplate, data: HomecareMailData): RenderedEmail {
  const copy = copyFor(template, data);
  const extra = template === "HOMECARE_NUDGE" ? [{ label: "Your homecare plan", url: data.planUrl }] : [];
  return renderEmail({
    subject: copy.subject,
    recipientName: data.clientName,
    body: copy.paragraphs,
    links: [copy.link, ...extra],
    spa: data.location,
  });
}
