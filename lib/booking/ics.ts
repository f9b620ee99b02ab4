import { createEvent } from "ics";

export type IcsAppointment = {
  id: string;
  startsAt: Date;
  endsAt: Date;
  status: string;
  serviceName: string;
  staffName: string;
  location: { name: string; address: string; phone: string; email: string };
  manageUrl: string;
};

/**
 * An iCalendar event for "add to calendar". Times are written in UTC, which every calendar app
 * shows in its own zone; the stable UID lets a later download update the same event. A
 * cancelled appointment produces a CANCELLED event.
 */
export function buildAppointmentIcs(appointment: IcsAppointment): string {
  const cancelled = appointment.status === "CANCELLED" || appointment.status === "LATE_CANCELLED";
  const { value, error } = createEvent({
    uid: `appointment-${appointment.id}@glowbook`,
    productId: "glowbook/booking",
    method: "PUBLISH",
    title: `${appointment.serviceName} at ${appointment.location.name}`,
    description: [
      `${appointment.serviceName} with ${appointment.staffName}.`,
      `Manage or cancel: ${appointment.manageUrl}`,
      `Questions: ${appointment.location.phone} · ${appointment.location.email}`,
    ].join("\n"),
    location: `${appointment.location.name}, ${appointment.location.address}`,
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
