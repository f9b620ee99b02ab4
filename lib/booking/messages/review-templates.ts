import { formatWhen } from "@/lib/format/zoned";
import { renderEmail, type RenderedEmail } from "@/lib/notify/layout";
import type { AppointmentMailData } from "./appointment-templates";

export type ReviewTemplate = "APPOINTMENT_NEEDS_REVIEW" | "STAFF_APPOINTMENT_REVIEW";

export type ReviewMailData = AppointmentMailData & {
  /** What put it into review; never which answer or rule (email is no place for health details). */
  trigger: "INTAKE" | "RESCHEDULE" | "MOVE";
  /** The esthetician's chart link, for the staff message. */
  chartUrl: string;
};

/**
 * "Your appointment needs a word with us" to the client and "needs review" to the esthetician.
 * Neither says why: the client reads the reason on their appointment page, signed in; staff on the
 * chart. Both carry only names, the time and links.
 */
export function renderReviewEmail(template: ReviewTemplate, data: ReviewMailData): RenderedEmail {
  const when = formatWhen(data.startsAt, data.location.timeZone).full;
  if (template === "APPOINTMENT_NEEDS_REVIEW") {
    const cause =
      data.trigger === "INTAKE" ? "Thank you for updating your health and skin questionnaire." : "Your appointment has a new date.";
    return renderEmail({
      subject: `Please check your ${data.serviceName} on ${when} with us`,
      recipientName: data.clientName,
      body: [
        `${cause} Before your ${data.serviceName} on ${when}, we'd like to check with you that this treatment is still the right one for your skin.`,
        "Your appointment page explains why. We'll be in touch, or contact us at any time: we can change the treatment, move the visit, or cancel it without a fee.",
      ],
      links: [{ label: "See your appointment", url: data.manageUrl }],
      spa: data.location,
    });
  }
  const cause = data.trigger === "INTAKE" ? "the client's latest intake" : "the new date";
  return renderEmail({
    subject: `Needs review: ${data.clientName}, ${data.serviceName} on ${when}`,
    recipientName: data.staffName,
    body: [
      `An upcoming appointment needs review: with ${cause}, the booked treatment is ruled out on its date.`,
      {
        details: [
          ["Client", data.clientName],
          ["Treatment", data.serviceName],
          ["When", when],
        ],
      },
      "Open the chart to change the treatment, ask the front desk to move it, cancel it without a fee, or keep it with a reason.",
    ],
    links: [{ label: "Open the chart", url: data.chartUrl }],
    spa: data.location,
  });
}
