import "server-only";
import { assertCan } from "@/lib/auth/assert-can";
import type { Actor } from "@/lib/auth/policy";
import { appointmentScope } from "@/lib/auth/scope";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import { addDays, getLocalDate, isLocalDate, isoWeekdayOf, type LocalDate } from "@/lib/dates/local-date";
import { intakeStatesFor, type IntakeState } from "@/lib/intake/status";
import { OPEN_REVIEW } from "@/lib/booking/review/recheck";
import { buildLocalDay, getDayBounds } from "@/lib/scheduling/local-day";

export type ScheduleView = "day" | "week";

export interface ScheduleEntry {
  id: string;
  startsAt: Date;
  endsAt: Date;
  status: string;
  serviceName: string;
  clientName: string;
  noteSigned: boolean;
  intake: IntakeState;
  /** A new intake or a move ruled the treatment out on its date: resolve it from the chart. */
  needsReview: boolean;
}

export interface OwnSchedule {
  timeZone: string;
  from: LocalDate;
  to: LocalDate;
  days: { date: LocalDate; appointments: ScheduleEntry[] }[];
}

/** The days a view covers: one day, or Monday to Sunday of the week holding `date`. */
export function scheduleRange(date: LocalDate, view: ScheduleView): { from: LocalDate; to: LocalDate } {
  if (view === "day") return { from: date, to: date };
  const monday = addDays(date, 1 - isoWeekdayOf(date));
  return { from: monday, to: addDays(monday, 6) };
}

/** The esthetician's own day or week in their location's zone, each visit linking to its chart. */
export async function getOwnSchedule(actor: Actor, options: { date?: string; view: ScheduleView; now?: Date }): Promise<OwnSchedule> {
  assertCan(actor, "staff:view-own-schedule");
  const profile = await db.staffProfile.findUnique({
    where: { userId: actor.userId },
    select: { location: { select: { id: true, timeZone: true } } },
  });
  if (!profile) throw new AppError("NOT_FOUND", "Your staff profile was not found.");
  const timeZone = profile.location.timeZone;
  const date = options.date && isLocalDate(options.date) ? options.date : getLocalDate(options.now ?? new Date(), timeZone);
  const { from, to } = scheduleRange(date, options.view);
  const start = getDayBounds(buildLocalDay(from, timeZone)).start;
  const end = getDayBounds(buildLocalDay(to, timeZone)).end;
  const rows = await db.appointment.findMany({
    where: {
      ...appointmentScope(actor),
      startsAt: { gte: new Date(start), lt: new Date(end) },
      status: { notIn: ["CANCELLED", "LATE_CANCELLED"] },
    },
    orderBy: { startsAt: "asc" },
    select: {
      id: true,
      startsAt: true,
      endsAt: true,
      status: true,
      clientId: true,
      service: { select: { name: true, requiresIntake: true } },
      client: { select: { name: true } },
      treatmentNote: { select: { signedAt: true } },
      reviews: { ...OPEN_REVIEW, select: { id: true } },
    },
  });
  const intakeOf = await intakeStatesFor(db, { clientIds: rows.map((row) => row.clientId), locationId: profile.location.id });
  const days = [];
  for (let day = from; day <= to; day = addDays(day, 1)) {
    const appointments = rows
      .filter((row) => getLocalDate(row.startsAt, timeZone) === day)
      .map((row) => ({
        id: row.id,
        startsAt: row.startsAt,
        endsAt: row.endsAt,
        status: row.status,
        serviceName: row.service.name,
        clientName: row.client.name,
        noteSigned: Boolean(row.treatmentNote?.signedAt),
        needsReview: row.reviews.length > 0,
        intake: row.service.requiresIntake ? intakeOf(row.clientId, getLocalDate(row.startsAt, timeZone)) : ("not-required" as const),
      }));
    days.push({ date: day, appointments });
  }
  return { timeZone, from, to, days };
}
