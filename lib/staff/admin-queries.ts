import "server-only";
import { assertCan } from "@/lib/auth/assert-can";
import type { Actor } from "@/lib/auth/policy";
import { localDateFromDbDate, type LocalDate } from "@/lib/dates/local-date";
import { db, type DbClient } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";

export type UpcomingAppointment = {
  id: string;
  startsAt: string;
  endsAt: string;
  serviceId: string;
  serviceName: string;
  clientName: string;
};

/** An esthetician's BOOKED appointments that have not ended yet, soonest first, as plain DTOs. */
export async function listFutureAppointments(client: DbClient, staffId: string, now: Date): Promise<UpcomingAppointment[]> {
  const rows = await client.appointment.findMany({
    where: { staffId, status: "BOOKED", endsAt: { gt: now } },
    orderBy: { startsAt: "asc" },
    select: {
      id: true,
      startsAt: true,
      endsAt: true,
      serviceId: true,
      service: { select: { name: true } },
      client: { select: { name: true } },
    },
  });
  return rows.map((row) => ({
    id: row.id,
    startsAt: row.startsAt.toISOString(),
    endsAt: row.endsAt.toISOString(),
    serviceId: row.serviceId,
    serviceName: row.service.name,
    clientName: row.client.name,
  }));
}

export type StaffDetail = {
  id: string;
  displayName: string;
  email: string;
  phone: string | null;
  active: boolean;
  /** Their first working day at the spa. */
  startDate: LocalDate;
  timeZone: string;
  serviceIds: string[];
  weeklyHours: { weekday: number; startMinute: number; endMinute: number }[];
  timeOff: { id: string; startsAt: string; endsAt: string; reason: string }[];
  dateOverrides: { date: string; startMinute: number | null; endMinute: number | null; reason: string }[];
};

/** One esthetician with what the admin's staff page edits; upcoming time off and overrides only. */
export async function getStaffDetail(actor: Actor, staffId: string, now = new Date()): Promise<StaffDetail> {
  assertCan(actor, "admin:view-staff");
  const yesterday = new Date(now.getTime() - 86_400_000);
  const staff = await db.staffProfile.findUnique({
    where: { id: staffId },
    select: {
      id: true,
      displayName: true,
      active: true,
      startDate: true,
      user: { select: { email: true, phone: true } },
      location: { select: { timeZone: true } },
      services: { select: { serviceId: true } },
      workingHours: {
        select: { weekday: true, startMinute: true, endMinute: true },
        orderBy: [{ weekday: "asc" }, { startMinute: "asc" }],
      },
      timeOff: {
        where: { endsAt: { gt: now } },
        orderBy: { startsAt: "asc" },
        select: { id: true, startsAt: true, endsAt: true, reason: true },
      },
      dateOverrides: {
        where: { date: { gte: yesterday } },
        orderBy: [{ date: "asc" }, { startMinute: "asc" }],
        select: { date: true, startMinute: true, endMinute: true, reason: true },
      },
    },
  });
  if (!staff) throw new AppError("NOT_FOUND", "That esthetician was not found.");
  return {
    id: staff.id,
    displayName: staff.displayName,
    email: staff.user.email ?? "",
    phone: staff.user.phone,
    active: staff.active,
    startDate: localDateFromDbDate(staff.startDate),
    timeZone: staff.location.timeZone,
    serviceIds: staff.services.map((s) => s.serviceId),
    weeklyHours: staff.workingHours,
    timeOff: staff.timeOff.map((t) => ({ id: t.id, startsAt: t.startsAt.toISOString(), endsAt: t.endsAt.toISOString(), reason: t.reason })),
    dateOverrides: staff.dateOverrides.map((o) => ({ ...o, date: localDateFromDbDate(o.date) })),
  };
}

/** The upcoming appointments of one esthetician, for the admin (deactivation, reassignment). */
export async function listUpcomingForStaff(actor: Actor, staffId: string, now = new Date()) {
  assertCan(actor, "admin:view-staff");
  return listFutureAppointments(db, staffId, now);
}
