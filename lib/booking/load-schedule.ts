import "server-only";
import { isUuid } from "@/lib/ids/uuid";
import type { DbClient } from "@/lib/db/client";
import { addDays, localDateToUtcMidnight, type LocalDate } from "@/lib/dates/local-date";
import type { ListSlotsOptions, ResourceSchedule, StaffSchedule } from "@/lib/scheduling";
import { toDateOverrides, toInterval, toWeeklyHours, type DateOverrideRow, type WorkingHoursRow } from "@/lib/scheduling/from-rows";

/** Statuses whose appointments no longer hold their time. */
export const FREEING_STATUSES = ["CANCELLED", "LATE_CANCELLED"] as const;

export type BookableService = NonNullable<Awaited<ReturnType<typeof findBookableService>>>;
export type ScheduleInput = Omit<ListSlotsOptions, "now">;

/** An active service with what the engine and the booking need; by id or slug. */
export async function findBookableService(client: DbClient, idOrSlug: string) {
  const byId = isUuid(idOrSlug);
  return client.service.findFirst({
    where: { active: true, ...(byId ? { id: idOrSlug } : { slug: idOrSlug }) },
    select: {
      id: true,
      slug: true,
      name: true,
      durationMinutes: true,
      bufferBeforeMinutes: true,
      bufferAfterMinutes: true,
      priceCents: true,
      currency: true,
      requiresIntake: true,
      steps: true,
      resourceRequirements: { select: { kind: true, quantity: true } },
      location: {
        select: {
          id: true,
          name: true,
          phone: true,
          email: true,
          address: true,
          timeZone: true,
          bookingPolicy: {
            select: { slotIntervalMinutes: true, minNoticeMinutes: true, maxAdvanceDays: true, cancellationWindowHours: true },
          },
        },
      },
    },
  });
}

/**
 * Everything the availability engine needs for `service` over local dates `range`, read in a few
 * queries. Instants are loaded for a window padded by a day each side, which covers every zone.
 * `excludeAppointmentId` leaves out an appointment being moved, so it never blocks itself.
 */
export async function loadScheduleInput(
  client: DbClient,
  options: { service: BookableService; range: { from: LocalDate; to: LocalDate }; staffId?: string; excludeAppointmentId?: string },
): Promise<ScheduleInput> {
  const { service, range } = options;
  const policy = service.location.bookingPolicy;
  if (!policy) throw new Error(`Location ${service.location.id} has no booking policy`);
  const window = {
    gte: new Date(localDateToUtcMidnight(addDays(range.from, -1))),
    lt: new Date(localDateToUtcMidnight(addDays(range.to, 2))),
  };
  const occupying = {
    status: { notIn: [...FREEING_STATUSES] },
    blockedUntil: { gt: window.gte },
    blockedFrom: { lt: window.lt },
    ...(options.excludeAppointmentId ? { id: { not: options.excludeAppointmentId } } : {}),
  };
  const [staff, resources] = await Promise.all([
    client.staffProfile.findMany({
      where: {
        active: true,
        locationId: service.location.id,
        services: { some: { serviceId: service.id } },
        ...(options.staffId ? { id: options.staffId } : {}),
      },
      select: {
        id: true,
        workingHours: { select: { weekday: true, startMinute: true, endMinute: true } },
        dateOverrides: {
          where: { date: { gte: window.gte, lt: window.lt } },
          select: { date: true, startMinute: true, endMinute: true },
        },
        timeOff: { where: { endsAt: { gt: window.gte }, startsAt: { lt: window.lt } }, select: { startsAt: true, endsAt: true } },
        appointments: { where: occupying, select: { blockedFrom: true, blockedUntil: true } },
      },
    }),
    service.resourceRequirements.length === 0
      ? Promise.resolve([])
      : client.resource.findMany({
          where: { active: true, locationId: service.location.id, kind: { in: service.resourceRequirements.map((r) => r.kind) } },
          select: {
            id: true,
            kind: true,
            appointments: {
              where: {
                occupying: true,
                blockedUntil: { gt: window.gte },
                blockedFrom: { lt: window.lt },
                ...excludeFromResource(options.excludeAppointmentId),
              },
              select: { blockedFrom: true, blockedUntil: true },
            },
          },
        }),
  ]);
  return {
    timeZone: service.location.timeZone,
    policy,
    range,
    service: {
      durationMinutes: service.durationMinutes,
      bufferBeforeMinutes: service.bufferBeforeMinutes,
      bufferAfterMinutes: service.bufferAfterMinutes,
      resources: service.resourceRequirements,
    },
    staff: staff.map(toStaffSchedule),
    resources: resources.map((r): ResourceSchedule => ({
      id: r.id,
      kind: r.kind,
      blocked: r.appointments.map((a) => toInterval(a.blockedFrom, a.blockedUntil)),
    })),
  };
}

function excludeFromResource(appointmentId: string | undefined) {
  return appointmentId ? { appointmentId: { not: appointmentId } } : {};
}

type StaffRow = {
  id: string;
  workingHours: WorkingHoursRow[];
  dateOverrides: DateOverrideRow[];
  timeOff: { startsAt: Date; endsAt: Date }[];
  appointments: { blockedFrom: Date; blockedUntil: Date }[];
};

function toStaffSchedule(row: StaffRow): StaffSchedule {
  return {
    id: row.id,
    weeklyHours: toWeeklyHours(row.workingHours),
    dateOverrides: toDateOverrides(row.dateOverrides),
    timeOff: row.timeOff.map((t) => toInterval(t.startsAt, t.endsAt)),
    blocked: row.appointments.map((a) => toInterval(a.blockedFrom, a.blockedUntil)),
  };
}
