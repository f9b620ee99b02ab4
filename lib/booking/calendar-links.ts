import { calendarEventText, type CalendarAppointment } from "./calendar-event";

export interface CalendarLinks {
  google: string;
  /** Outlook.com (personal Microsoft accounts). */
  outlook: string;
  /** Outlook on the web for work or school (Microsoft 365). */
  office: string;
}

/** 2030-03-12T15:00:00.000Z → 20300312T150000Z (Google's `dates`: basic ISO 8601 in UTC). */
export function googleCalendarTime(instant: Date): string {
  return instant
    .toISOString()
    .replace(/\.\d{3}Z$/, "Z")
    .replace(/[-:]/g, "");
}

/** 2030-03-12T15:00:00Z (Outlook's `startdt`/`enddt`: extended ISO 8601 in UTC, no milliseconds). */
export function outlookCalendarTime(instant: Date): string {
  return instant.toISOString().replace(/\.\d{3}Z$/, "Z");
}

// encodeURIComponent rather than URLSearchParams: Outlook's compose page shows a form-encoded "+" as a plus sign.
const query = (params: Record<string, string>) =>
  Object.entries(params)
    .map(([key, value]) => `${key}=${encodeURIComponent(value)}`)
    .join("&");

function outlookCompose(host: string, appointment: CalendarAppointment): string {
  const { title, details, location } = calendarEventText(appointment);
  return `https://${host}/calendar/0/deeplink/compose?${query({
    path: "/calendar/action/compose",
    rru: "addevent",
    subject: title,
    startdt: outlookCalendarTime(appointment.startsAt),
    enddt: outlookCalendarTime(appointment.endsAt),
    body: details,
    location,
  })}`;
}

/**
 * "Add to calendar" links for calendars that take an event in a URL, next to the .ics download.
 * Times are in UTC (each calendar shows them in its own zone); the words are the .ics file's.
 */
export function calendarLinks(appointment: CalendarAppointment): CalendarLinks {
  const { title, details, location } = calendarEventText(appointment);
  const google = `https://calendar.google.com/calendar/render?${query({
    action: "TEMPLATE",
    text: title,
    dates: `${googleCalendarTime(appointment.startsAt)}/${googleCalendarTime(appointment.endsAt)}`,
    details,
    location,
  })}`;
  return { google, outlook: outlookCompose("outlook.live.com", appointment), office: outlookCompose("outlook.office.com", appointment) };
}
