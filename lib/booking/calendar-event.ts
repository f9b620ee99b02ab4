import type { AppointmentDetails } from "./queries";

/**
 * An appointment as a calendar event, for the .ics file and the "add to Google / Outlook" links
 * alike. Only what a calendar needs: the treatment's name, the esthetician, the spa and the link
 * to manage it. Never the client's notes or anything from the intake: calendars are shared and synced.
 */
export type CalendarAppointment = {
  id: string;
  startsAt: Date;
  endsAt: Date;
  status: string;
  serviceName: string;
  staffName: string;
  location: { name: string; address: string; phone: string; email: string };
  manageUrl: string;
};

/** The event's words, the same in every calendar. */
export function calendarEventText(appointment: CalendarAppointment): { title: string; details: string; location: string } {
  return {
    title: `${appointment.serviceName} at ${appointment.location.name}`,
    details: [
      `${appointment.serviceName} with ${appointment.staffName}.`,
      `Manage or cancel: ${appointment.manageUrl}`,
      `Questions: ${appointment.location.phone} · ${appointment.location.email}`,
    ].join("\n"),
    location: `${appointment.location.name}, ${appointment.location.address}`,
  };
}

/** The calendar event of an appointment as the client or staff see it (`origin`: where the app is served). */
export function calendarAppointmentFor(appointment: AppointmentDetails, origin: string): CalendarAppointment {
  const { name, address, phone, email } = appointment.location;
  return {
    id: appointment.id,
    startsAt: appointment.startsAt,
    endsAt: appointment.endsAt,
    status: appointment.status,
    serviceName: appointment.service.name,
    staffName: appointment.staff.displayName,
    location: { name, address, phone, email },
    manageUrl: `${origin}/account/appointments/${appointment.id}`,
  };
}
