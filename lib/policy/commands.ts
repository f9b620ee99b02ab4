import "server-only";
import { recordAudit } from "@/lib/audit/record";
import { assertCan } from "@/lib/auth/assert-can";
import type { Actor } from "@/lib/auth/policy";
import { db, type DbClient } from "@/lib/db/client";
import { isSupportedTimeZone } from "@/lib/dates/time-zones";
import { AppError } from "@/lib/errors/app-error";
import { DEFAULT_INTAKE_VALID_MONTHS } from "@/lib/intake/validity";
import { DEFAULT_REMINDER_LEAD_HOURS } from "@/lib/intake/store";
import type { BookingPolicyData } from "./schema";
import { findAppointmentsOutsideHours } from "@/lib/staff/outside-hours";
import type { AffectedAppointment } from "@/lib/staff/schedule-change";
import { loadScheduleForChange } from "@/lib/staff/schedule-state";
import { requireSpaLocation } from "@/lib/location/queries";
import { recordScheduleChange } from "@/lib/schedule-feed/record";

/** The spa's booking policy and time zone, as the policy form edits them. */
export async function getBookingPolicy(
  actor: Actor,
  options: { locationId?: string } = {},
): Promise<BookingPolicyData & { locationId: string }> {
  assertCan(actor, "admin:manage-schedule");
  const locationId = options.locationId ?? (await requireSpaLocation()).id;
  const location = await db.location.findUniqueOrThrow({
    where: { id: locationId },
    select: {
      timeZone: true,
      bookingPolicy: true,
      intakePolicy: { select: { validMonths: true, requiredAt: true, reminderLeadHours: true } },
    },
  });
  const policy = location.bookingPolicy ?? {
    slotIntervalMinutes: 15,
    minNoticeMinutes: 120,
    maxAdvanceDays: 90,
    cancellationWindowHours: 24,
  };
  const { slotIntervalMinutes, minNoticeMinutes, maxAdvanceDays, cancellationWindowHours } = policy;
  // No intake_policy row means the default of six months (lib/intake/validity.ts).
  const intakeValidMonths = location.intakePolicy?.validMonths ?? DEFAULT_INTAKE_VALID_MONTHS;
  return {
    intakeRequiredAt: location.intakePolicy?.requiredAt ?? "BEFORE_VISIT",
    intakeReminderHours: location.intakePolicy?.reminderLeadHours ?? [...DEFAULT_REMINDER_LEAD_HOURS],
    locationId,
    slotIntervalMinutes,
    minNoticeMinutes,
    maxAdvanceDays,
    cancellationWindowHours,
    intakeValidMonths,
    timeZone: location.timeZone,
  };
}

/**
 * Saves the policy, effective for the next availability query. A new time zone moves every
 * wall-clock working hour relative to booked instants, so it is refused while any upcoming
 * appointment would then fall outside its esthetician's hours (the list comes back to act on).
 */
export async function updateBookingPolicy(actor: Actor, input: BookingPolicyData, options: { locationId?: string; now?: Date } = {}) {
  assertCan(actor, "admin:manage-schedule");
  const before = await getBookingPolicy(actor, options);
  const now = options.now ?? new Date();
  const { timeZone, intakeValidMonths, intakeRequiredAt, intakeReminderHours, ...policy } = input;
  // The zone must be one the form offers (this server's list); the spa's own zone stays acceptable
  // even if a newer tz database dropped its name.
  if (timeZone !== before.timeZone && !isSupportedTimeZone(timeZone)) {
    throw new AppError("VALIDATION", "Choose a time zone from the list.", {
      fieldErrors: { timeZone: ["Choose a time zone from the list."] },
    });
  }
  return db.$transaction(async (tx) => {
    if (timeZone !== before.timeZone) {
      const affected = await findStrandedByZone(tx, before.locationId, timeZone, now);
      if (affected.length > 0) {
        throw new AppError(
          "CONFLICT",
          `Changing the time zone would leave ${affected.length} booked appointment(s) outside working hours. Move or cancel them first.`,
          { data: { affected } },
        );
      }
    }
    await tx.location.update({ where: { id: before.locationId }, data: { timeZone } });
    await tx.bookingPolicy.upsert({
      where: { locationId: before.locationId },
      create: { locationId: before.locationId, ...policy },
      update: policy,
    });
    const intake = { validMonths: intakeValidMonths, requiredAt: intakeRequiredAt, reminderLeadHours: intakeReminderHours };
    await tx.intakePolicy.upsert({
      where: { locationId: before.locationId },
      create: { locationId: before.locationId, ...intake },
      update: intake,
    });
    const { locationId: _l, ...previous } = before;
    await recordAudit(tx, actor, {
      action: "policy.update",
      entityType: "location",
      entityId: before.locationId,
      details: { before: previous, after: input },
    });
    await recordScheduleChange(tx, { locationId: before.locationId, kind: "location.policy" });
    return { locationId: before.locationId };
  });
}

async function findStrandedByZone(tx: DbClient, locationId: string, timeZone: string, now: Date): Promise<AffectedAppointment[]> {
  const staff = await tx.staffProfile.findMany({ where: { locationId }, select: { id: true } });
  const affected: AffectedAppointment[] = [];
  for (const { id } of staff) {
    const state = await loadScheduleForChange(tx, id, now);
    const upcoming = await tx.appointment.findMany({
      where: { staffId: id, status: "BOOKED", endsAt: { gt: now } },
      select: {
        id: true,
        startsAt: true,
        endsAt: true,
        blockedFrom: true,
        blockedUntil: true,
        service: { select: { name: true } },
        client: { select: { name: true } },
      },
    });
    for (const a of findAppointmentsOutsideHours({ timeZone, schedule: state.schedule, appointments: upcoming })) {
      affected.push({
        id: a.id,
        startsAt: a.startsAt.toISOString(),
        endsAt: a.endsAt.toISOString(),
        serviceName: a.service.name,
        clientName: a.client.name,
        targets: [],
      });
    }
  }
  return affected;
}
