import { formatTimeRange, formatWhen } from "./format";

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

export type AppointmentTemplate = "BOOKING_CONFIRMATION" | "APPOINTMENT_RESCHEDULED" | "APPOINTMENT_CANCELLED" | "APPOINTMENT_REMINDER";

export type RenderedEmail = { subject: string; text: string; html: string };

export function escapeHtml(value: string): string {
  return value
    .replaceAll("&", "&amp;")
    .replaceAll("<", "&lt;")
    .replaceAll(">", "&gt;")
    .replaceAll('"', "&quot;")
    .replaceAll("'", "&#39;");
}

type Copy = { subject: string; intro: string; showVisit: boolean; outro: string };

function copyFor(template: AppointmentTemplate, data: AppointmentMailData, when: string): Copy {
  const policy = `You can reschedule or cancel online until ${data.cancellationWindowHours} hours before your visit.`;
  switch (template) {
    case "BOOKING_CONFIRMATION":
      return { subject: `Booked: ${data.serviceName} on ${when}`, intro: "Your appointment is confirmed.", showVisit: true, outro: `${policy} The calendar file is attached.` };
    case "APPOINTMENT_RESCHEDULED":
      return { subject: `Moved: ${data.serviceName} is now on ${when}`, intro: "Your appointment has a new time.", showVisit: true, outro: `${policy} The updated calendar file is attached.` };
    case "APPOINTMENT_CANCELLED":
      return { subject: `Cancelled: ${data.serviceName} on ${when}`, intro: `Your appointment on ${when} has been cancelled.`, showVisit: false, outro: "We hope to see you another time. You can book again online whenever it suits you." };
    case "APPOINTMENT_REMINDER":
      return { subject: `Reminder: ${data.serviceName} tomorrow, ${when}`, intro: "A reminder of your visit tomorrow.", showVisit: true, outro: "Please arrive a few minutes early. If you cannot make it, let us know as soon as possible." };
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
  const contact = `Questions? Call ${data.location.phone} or write to ${data.location.email}.`;
  const manage = `Manage your appointment: ${data.manageUrl}`;
  const lines = [`Hello ${data.clientName},`, "", copy.intro, ""];
  if (copy.showVisit) lines.push(...visit.map(([label, value]) => `${label}: ${value}`), "");
  lines.push(copy.outro, "", manage, contact, "", data.location.name);
  const text = lines.join("\n");

  const rows = visit
    .map(([label, value]) => `<tr><th scope="row" align="left">${escapeHtml(label)}</th><td>${escapeHtml(value)}</td></tr>`)
    .join("");
  const html = [
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(copy.subject)}</title></head>`,
    `<body style="font-family:sans-serif;color:#1c1917">`,
    `<p>Hello ${escapeHtml(data.clientName)},</p>`,
    `<p>${escapeHtml(copy.intro)}</p>`,
    copy.showVisit ? `<table role="presentation" cellpadding="4">${rows}</table>` : "",
    `<p>${escapeHtml(copy.outro)}</p>`,
    `<p><a href="${escapeHtml(data.manageUrl)}">Manage your appointment</a></p>`,
    `<p>${escapeHtml(contact)}</p>`,
    `<p>${escapeHtml(data.location.name)}</p>`,
    `</body></html>`,
  ].join("\n");
  return { subject: copy.subject, text, html };
}
