import { formatWhen } from "@/lib/format/zoned";
import { renderEmail, type RenderedEmail } from "@/lib/notify/layout";
import type { AppointmentMailData } from "./appointment-templates";

export type IntakeTemplate = "INTAKE_REQUEST" | "INTAKE_REMINDER";

export type IntakeMailData = AppointmentMailData & {
  intakeUrl: string;
  /** Only whether a form is missing or out of date: never an answer from it. */
  intake: "missing" | "expired";
};

function copyFor(template: IntakeTemplate, data: IntakeMailData, when: string) {
  const ask =
    data.intake === "expired"
      ? "Your health and skin questionnaire (intake form) is out of date for this visit. Please review and renew it before you come in."
      : "Before this treatment we need your health and skin questionnaire (intake form). Please fill it in before you come in.";
  const why = "It takes a few minutes online and lets your esthetician prepare a treatment that is safe for your skin.";
  if (template === "INTAKE_REQUEST") {
    return {
      subject: `Intake form needed for ${data.serviceName} on ${when}`,
      intro: `Thank you for booking ${data.serviceName} on ${when}.`,
      ask,
      why,
    };
  }
  return {
    subject: `Reminder: intake form still needed for ${data.serviceName} on ${when}`,
    intro: `Your ${data.serviceName} is on ${when}, and we have not received a current intake form yet.`,
    ask,
    why,
  };
}

/**
 * The intake request (at booking) and the 48-hour intake reminder. They carry a link to the form
 * and the visit's time in the spa's zone, and deliberately nothing from the form itself: email is
 * not a place for health details.
 */
export function renderIntakeEmail(template: IntakeTemplate, data: IntakeMailData): RenderedEmail {
  const when = formatWhen(data.startsAt, data.location.timeZone).full;
  const copy = copyFor(template, data, when);
  return renderEmail({
    subject: copy.subject,
    recipientName: data.clientName,
    body: [copy.intro, `${copy.ask} ${copy.why}`],
    links: [
      { label: "Fill in your intake form", url: data.intakeUrl },
      { label: "Manage your appointment", url: data.manageUrl },
    ],
    spa: data.location,
  });
}
