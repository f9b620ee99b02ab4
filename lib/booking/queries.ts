import "server-only";
import { isUuid } from "@/lib/ids/uuid";
import { assertCan } from "@/lib/auth/assert-can";
import type { Actor } from "@/lib/auth/policy";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import { canChangeAppointment, clientChangeDeadline } from "./change-window";
import { appointmentScope } from "@/lib/auth/scope";

const appointmentSelect = {
  id: true,
  startsAt: true,
  endsAt: true,
  status: true,
  priceCents: true,
  currency: true,
  clientNotes: true,
  cancelledAt: true,
  cancellationReason: true,
  service: { select: { id: true, slug: true, name: true, durationMinutes: true, requiresIntake: true } },
  staff: { select: { id: true, displayName: true } },
  client: { select: { name: true, email: true } },
  location: {
    select: {
      name: true,
      address: true,
      phone: true,
      email: true,
      timeZone: true,
      bookingPolicy: { select: { cancellationWindowHours: true } },
    },
  },
} as const;

type Row = NonNullable<Awaited<ReturnType<typeof findRow>>>;
export type AppointmentDetails = Omit<Row, "location"> & {
  location: Omit<Row["location"], "bookingPolicy"> & { cancellationWindowHours: number };
  /** Whether the actor may still reschedule or cancel it, and until when a client may. */
  canChange: boolean;
  changeDeadline: Date;
};

function findRow(actor: Actor, appointmentId: string) {
  return db.appointment.findFirst({ where: { id: appointmentId, ...appointmentScope(actor) }, select: appointmentSelect });
}

function toDetails(actor: Actor, row: Row, now: Date): AppointmentDetails {
  const { bookingPolicy, ...location } = row.location;
  const windowHours = bookingPolicy?.cancellationWindowHours ?? 24;
  return {
    ...row,
    location: { ...location, cancellationWindowHours: windowHours },
    canChange: row.status === "BOOKED" && canChangeAppointment({ role: actor.role, startsAt: row.startsAt, now, windowHours }),
    changeDeadline: clientChangeDeadline(row.startsAt, windowHours),
  };
}

/** One appointment within the actor's scope; NOT_FOUND otherwise (ids reveal nothing). */
export async function getAppointment(actor: Actor, appointmentId: string, now = new Date()): Promise<AppointmentDetails> {
  assertCan(actor, "booking:view-appointment");
  if (!isUuid(appointmentId)) throw new AppError("NOT_FOUND", "That appointment was not found.");
  const row = await findRow(actor, appointmentId);
  if (!row) throw new AppError("NOT_FOUND", "That appointment was not found.");
  return toDetails(actor, row, now);
}

/** The signed-in client's appointments: upcoming (soonest first) and past (latest first). */
export async function listOwnAppointments(actor: Actor, now = new Date()) {
  assertCan(actor, "booking:book-own");
  const rows = await db.appointment.findMany({
    // A waitlist hold is an offer, not a booking: it is claimed from its link (lib/waitlist).
    where: { clientId: actor.userId, status: { not: "HELD" } },
    orderBy: { startsAt: "asc" },
    select: appointmentSelect,
  });
  const all = rows.map((row) => toDetails(actor, row, now));
  const isUpcoming = (a: AppointmentDetails) => a.endsAt > now && (a.status === "BOOKED" || a.status === "CHECKED_IN");
  return { upcoming: all.filter(isUpcoming), past: all.filter((a) => !isUpcoming(a)).reverse() };
}
