import { createEvent } from "ics";
import { calendarEventText, type CalendarAppointment } from "./calendar-event";

export type IcsAppointment = CalendarAppointment;

/**
 * An iCalendar event for "add to calendar". Times are written in UTC, which every calendar app
 * shows in its own zone; the stable UID lets a later download update the same event. A
 * cancelled appointment produces a CANCELLED event.
 */
export function buildAppointmentIcs(appointment: IcsAppointment): string {
  const cancelled = appointment.status === "CANCELLED" || appointment.status === "LATE_CANCELLED";
  const text = calendarEventText(appointment);
  const { value, error } = createEvent({
    uid: `appointment-${appointment.id}@glowbook`,
    productId: "glowbook/booking",
    method: "PUBLISH",
    title: text.title,
    description: text.details,
    location: text.location,
    url: appointment.manageUrl,
    start: appointment.startsAt.getTime(),
    end: appointment.endsAt.getTime(),
    startInputType: "utc",
    startOutputType: "utc",
    endInputType: "utc",
    endOutputType: "utc",
    status: cancelled ? "CANCELLED" : "CONFIRMED",
    organizer: { name: appointment.location.name, email: appointment.location.email },
    alarms: cancelled ? [] : [{ action: "display", description: "Facial appointment tomorrow", trigger: { hours: 24, before: true } }],
  });
  if (error || !value) throw new Error(`Could not build the calendar file: ${error?.message ?? "no output"}`);
  return value;
}
