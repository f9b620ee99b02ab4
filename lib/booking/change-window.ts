/**
 * The cancellation policy: clients may cancel or reschedule until `windowHours` before the start.
 * Staff and admins can always act; a cancellation they make inside the window is recorded as
 * LATE_CANCELLED (it counts against the client in reports).
 */
export type ActorRole = "CLIENT" | "ESTHETICIAN" | "ADMIN" | "FRONT_DESK";

const HOUR_MS = 3_600_000;

/** The last instant a client may still change the appointment themselves. */
export function clientChangeDeadline(startsAt: Date, windowHours: number): Date {
  return new Date(startsAt.getTime() - windowHours * HOUR_MS);
}

export function isInsideWindow(options: { startsAt: Date; now: Date; windowHours: number }): boolean {
  return options.now.getTime() > clientChangeDeadline(options.startsAt, options.windowHours).getTime();
}

export function canChangeAppointment(options: { role: ActorRole; startsAt: Date; now: Date; windowHours: number }): boolean {
  if (options.role !== "CLIENT") return true;
  return !isInsideWindow(options) && options.now.getTime() < options.startsAt.getTime();
}

export function cancellationStatus(options: {
  role: ActorRole;
  startsAt: Date;
  now: Date;
  windowHours: number;
}): "CANCELLED" | "LATE_CANCELLED" {
  return options.role !== "CLIENT" && isInsideWindow(options) ? "LATE_CANCELLED" : "CANCELLED";
}
