import "server-only";
import { isUuid } from "@/lib/ids/uuid";
import { assertCan } from "@/lib/auth/assert-can";
import type { Actor } from "@/lib/auth/policy";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import { canChangeAppointment, clientChangeDeadline } from "./change-window";
import { appointmentScope } from "@/lib/auth/scope";
import { OPEN_REVIEW } from "./review/recheck";
import { openReviewSelect, toOpenReview, type OpenReview } from "./review/queries";

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
  service: { select: { id: true, slug: true, name: true, durationMinutes: true, requiresIntake: true, active: true } },
  staff: { select: { id: true, displayName: true, active: true } },
  client: { select: { name: true, email: true } },
  reviews: { ...OPEN_REVIEW, select: openReviewSelect },
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
export type AppointmentDetails = Omit<Row, "location" | "reviews"> & {
  location: Omit<Row["location"], "bookingPolicy"> & { cancellationWindowHours: number };
  /** Whether the actor may still reschedule or cancel it, and until when a client may. */
  canChange: boolean;
  /** An appointment in review may be cancelled (without a fee) until it starts, inside the window too. */
  canCancel: boolean;
  changeDeadline: Date;
  /** Open when a new intake or a move ruled the treatment out on its date. */
  review: OpenReview | null;
};

function findRow(actor: Actor, appointmentId: string) {
  return db.appointment.findFirst({ where: { id: appointmentId, ...appointmentScope(actor) }, select: appointmentSelect });
}

function toDetails(actor: Actor, row: Row, now: Date): AppointmentDetails {
  const { reviews, ...rest } = row;
  const { bookingPolicy, ...location } = row.location;
  const windowHours = bookingPolicy?.cancellationWindowHours ?? 24;
  const review = toOpenReview(reviews);
  const canChange = row.status === "BOOKED" && canChangeAppointment({ role: actor.role, startsAt: row.startsAt, now, windowHours });
  return {
    ...rest,
    location: { ...location, cancellationWindowHours: windowHours },
    canChange,
    canCancel: canChange || (row.status === "BOOKED" && review !== null && row.startsAt > now),
    changeDeadline: clientChangeDeadline(row.startsAt, windowHours),
    review,
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
