import { db } from "@/lib/db/client";
import { recordScheduleChange } from "@/lib/schedule-feed/record";
import type { AppointmentStatus } from "@/lib/db/generated/enums";

const MINUTE = 60_000;

/**
 * Inserts an appointment row directly (bypassing the booking rules) so tests can arrange any
 * schedule, including ones the rules would refuse. Buffers default to the factory service's.
 * Like every schedule write it records a schedule change (bumping the location's version), so
 * caches keyed by that version see it as they would a booking.
 */
export async function insertAppointment(options: {
  locationId: string;
  clientId: string;
  staffId: string;
  serviceId: string;
  startsAt: Date;
  durationMinutes?: number;
  bufferBeforeMinutes?: number;
  bufferAfterMinutes?: number;
  status?: AppointmentStatus;
  resourceIds?: string[];
}) {
  const { startsAt, durationMinutes = 60, bufferBeforeMinutes = 10, bufferAfterMinutes = 15 } = options;
  const endsAt = new Date(startsAt.getTime() + durationMinutes * MINUTE);
  const blockedFrom = new Date(startsAt.getTime() - bufferBeforeMinutes * MINUTE);
  const blockedUntil = new Date(endsAt.getTime() + bufferAfterMinutes * MINUTE);
  const status = options.status ?? "BOOKED";
  const cancelled = status === "CANCELLED" || status === "LATE_CANCELLED";
  return db.$transaction(async (tx) => {
    const appointment = await tx.appointment.create({
      data: {
        locationId: options.locationId,
        clientId: options.clientId,
        staffId: options.staffId,
        serviceId: options.serviceId,
        startsAt,
        endsAt,
        blockedFrom,
        blockedUntil,
        status,
        cancelledAt: cancelled ? new Date() : null,
        priceCents: 9000,
        currency: "USD",
        resources: {
          create: (options.resourceIds ?? []).map((resourceId) => ({ resourceId, blockedFrom, blockedUntil, occupying: !cancelled })),
        },
      },
    });
    await recordScheduleChange(tx, { locationId: options.locationId, kind: "appointment.booked", appointmentId: appointment.id });
    return appointment;
  });
}
