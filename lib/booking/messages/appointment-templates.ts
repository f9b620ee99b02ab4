import { formatTimeRange, formatWhen } from "@/lib/format/zoned";
import { renderEmail, type EmailBlock, type RenderedEmail } from "@/lib/notify/layout";

/** Everything a message about one appointment says. Times are instants; the formatter zones them. */
export type AppointmentMailData = {
  appointmentId: string;
  clientName: string;
  serviceName: string;
  staffName: string;
  startsAt: Date;
  endsAt: Date;
  location: { name: string; address: string; phone: string; email: string; timeZone: string };
  manageUrl: string;
  cancellationWindowHours: number;
};

export type AppointmentTemplate =
  "BOOKING_CONFIRMATION" | "APPOINTMENT_RESCHEDULED" | "APPOINTMENT_CANCELLED" | "APPOINTMENT_REMINDER" | "APPOINTMENT_SERVICE_CHANGED";

type Copy = { subject: string; intro: string; showVisit: boolean; outro: string };

function copyFor(template: AppointmentTemplate, data: AppointmentMailData, when: string): Copy {
  const policy = `You can reschedule or cancel online until ${data.cancellationWindowHours} hours before your visit.`;
  switch (template) {
    case "BOOKING_CONFIRMATION":
      return {
        subject: `Booked: ${data.serviceName} on ${when}`,
        intro: "Your appointment is confirmed.",
        showVisit: true,
        outro: `${policy} The calendar file is attached.`,
      };
    case "APPOINTMENT_RESCHEDULED":
      return {
        subject: `Moved: ${data.serviceName} is now on ${when}`,
        intro: "Your appointment has a new time.",
        showVisit: true,
        outro: `${policy} The updated calendar file is attached.`,
      };
    case "APPOINTMENT_CANCELLED":
      return {
        subject: `Cancelled: ${data.serviceName} on ${when}`,
        intro: `Your appointment on ${when} has been cancelled.`,
        showVisit: false,
        outro: "We hope to see you another time. You can book again online whenever it suits you.",
      };
    case "APPOINTMENT_SERVICE_CHANGED":
      return {
        subject: `Changed: your treatment on ${when} is now ${data.serviceName}`,
        intro: "As we discussed, your appointment is now for a treatment that suits your skin at the moment.",
        showVisit: true,
        outro: `${policy} The updated calendar file is attached.`,
      };
    case "APPOINTMENT_REMINDER":
      return {
        subject: `Reminder: ${data.serviceName} tomorrow, ${when}`,
        intro: "A reminder of your visit tomorrow.",
        showVisit: true,
        outro: "Please arrive a few minutes early. If you cannot make it, let us know as soon as possible.",
      };
  }
}

/** Renders one of the appointment messages as plain text and HTML, times in the spa's zone. */
export function renderAppointmentEmail(template: AppointmentTemplate, data: AppointmentMailData): RenderedEmail {
  const zone = data.location.timeZone;
  const start = formatWhen(data.startsAt, zone);
  const copy = copyFor(template, data, start.full);
  const visit: [string, string][] = [
    ["Treatment", data.serviceName],
    ["With", data.staffName],
    ["Date", start.date],
    ["Time", formatTimeRange(data.startsAt, data.endsAt, zone)],
    ["Where", `${data.location.name}, ${data.location.address}`],
  ];
  const body: EmailBlock[] = [copy.intro, ...(copy.showVisit ? [{ details: visit }] : []), copy.outro];
  return renderEmail({
    subject: copy.subject,
    recipientName: data.clientName,
    body,
    links: [{ label: "Manage your appointment", url: data.manageUrl }],
    spa: data.location,
  });
}
