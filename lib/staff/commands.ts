import "server-only";
import { recordAudit } from "@/lib/audit/record";
import { assertCan } from "@/lib/auth/assert-can";
import { hashPassword } from "@/lib/auth/password";
import type { Actor } from "@/lib/auth/policy";
import { db, type DbClient } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import { requireSpaLocation } from "@/lib/location/queries";
import { isUniqueViolation } from "@/lib/errors/postgres";
import { listFutureAppointments } from "./admin-queries";
import { recordScheduleChange } from "@/lib/schedule-feed/record";
import { localDateFromDbDate, localDateToUtcMidnight } from "@/lib/dates/local-date";
import type { CreateEstheticianData, SetStaffServicesInput, SetStaffStartDateInput } from "./schema";

/**
 * Creates an esthetician's account and staff profile at the spa, with the services they perform.
 * `locationId` defaults to the spa (one location per installation); tests name theirs.
 */
export async function createEsthetician(actor: Actor, input: CreateEstheticianData, options: { locationId?: string } = {}) {
  assertCan(actor, "admin:manage-staff");
  const location = options.locationId ? { id: options.locationId } : await requireSpaLocation();
  const passwordHash = await hashPassword(input.password);
  try {
    return await db.$transaction(async (tx) => {
      const serviceIds = await requireServicesAt(tx, location.id, input.serviceIds);
      const user = await tx.user.create({
        data: { name: input.name, email: input.email, phone: input.phone, role: "ESTHETICIAN", passwordHash },
        select: { id: true },
      });
      const profile = await tx.staffProfile.create({
        data: {
          userId: user.id,
          locationId: location.id,
          displayName: input.name,
          startDate: new Date(localDateToUtcMidnight(input.startDate)),
          services: { create: serviceIds.map((serviceId) => ({ serviceId })) },
        },
        select: { id: true },
      });
      await recordScheduleChange(tx, { locationId: location.id, kind: "staff.active", staffIds: [profile.id] });
      await recordAudit(tx, actor, {
        action: "staff.create",
        entityType: "staff_profile",
        entityId: profile.id,
        details: { name: input.name, email: input.email, startDate: input.startDate, serviceIds },
      });
      return { staffId: profile.id, userId: user.id };
    });
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    throw new AppError("CONFLICT", "An account with this email already exists.", {
      fieldErrors: { email: ["An account with this email already exists."] },
    });
  }
}

/** Replaces the services an esthetician performs. Booked appointments keep their esthetician. */
export async function setStaffServices(actor: Actor, input: SetStaffServicesInput) {
  assertCan(actor, "admin:manage-staff");
  return db.$transaction(async (tx) => {
    const staff = await requireStaff(tx, input.staffId);
    const serviceIds = await requireServicesAt(tx, staff.locationId, input.serviceIds);
    const before = staff.services.map((s) => s.serviceId).sort();
    await tx.staffService.deleteMany({ where: { staffId: staff.id } });
    await tx.staffService.createMany({ data: serviceIds.map((serviceId) => ({ staffId: staff.id, serviceId })) });
    await recordScheduleChange(tx, { locationId: staff.locationId, kind: "staff.services", staffIds: [staff.id] });
    await recordAudit(tx, actor, {
      action: "staff.set-services",
      entityType: "staff_profile",
      entityId: staff.id,
      details: { before, after: [...serviceIds].sort() },
    });
    return { staffId: staff.id, serviceIds };
  });
}

/**
 * Sets an esthetician's first working day. Reports count their working hours from it; bookings
 * and availability do not read it (their hours and time off decide when they can be booked).
 */
export async function setStaffStartDate(actor: Actor, input: SetStaffStartDateInput) {
  assertCan(actor, "admin:manage-staff");
  return db.$transaction(async (tx) => {
    const staff = await requireStaff(tx, input.staffId);
    const before = localDateFromDbDate(staff.startDate);
    if (before === input.startDate) return { staffId: staff.id, startDate: before };
    await tx.staffProfile.update({ where: { id: staff.id }, data: { startDate: new Date(localDateToUtcMidnight(input.startDate)) } });
    await recordAudit(tx, actor, {
      action: "staff.start-date",
      entityType: "staff_profile",
      entityId: staff.id,
      details: { before: { startDate: before }, after: { startDate: input.startDate } },
    });
    return { staffId: staff.id, startDate: input.startDate };
  });
}

/**
 * Deactivates an esthetician: they are no longer offered for booking.
 * Refused while they still have upcoming booked appointments; those come back in the error's
 * data so the admin can move each one first (nothing is orphaned behind anyone's back).
 */
export async function deactivateStaff(actor: Actor, input: { staffId: string }, now = new Date()) {
  assertCan(actor, "admin:manage-staff");
  return db.$transaction(async (tx) => {
    const staff = await requireStaff(tx, input.staffId);
    // Serialises concurrent admin changes to this esthetician. A client booking does not take this
    // lock, so one committed in the same instant can slip past; it still shows in the staff list.
    await tx.$queryRaw`SELECT id FROM staff_profile WHERE id = ${staff.id}::uuid FOR UPDATE`;
    const upcoming = await listFutureAppointments(tx, staff.id, now);
    if (upcoming.length > 0) {
      throw new AppError(
        "CONFLICT",
        `${staff.displayName} still has ${upcoming.length} upcoming appointment${upcoming.length === 1 ? "" : "s"}. Move or cancel each one first.`,
        { data: { appointments: upcoming } },
      );
    }
    await tx.staffProfile.update({ where: { id: staff.id }, data: { active: false } });
    await recordScheduleChange(tx, { locationId: staff.locationId, kind: "staff.active", staffIds: [staff.id] });
    await recordAudit(tx, actor, { action: "staff.deactivate", entityType: "staff_profile", entityId: staff.id });
    return { staffId: staff.id, active: false };
  });
}

export async function reactivateStaff(actor: Actor, input: { staffId: string }) {
  assertCan(actor, "admin:manage-staff");
  return db.$transaction(async (tx) => {
    const staff = await requireStaff(tx, input.staffId);
    await tx.staffProfile.update({ where: { id: staff.id }, data: { active: true } });
    await recordScheduleChange(tx, { locationId: staff.locationId, kind: "staff.active", staffIds: [staff.id] });
    await recordAudit(tx, actor, { action: "staff.reactivate", entityType: "staff_profile", entityId: staff.id });
    return { staffId: staff.id, active: true };
  });
}

async function requireStaff(tx: DbClient, staffId: string) {
  const staff = await tx.staffProfile.findUnique({
    where: { id: staffId },
    select: { id: true, locationId: true, displayName: true, startDate: true, services: { select: { serviceId: true } } },
  });
  if (!staff) throw new AppError("NOT_FOUND", "That esthetician was not found.");
  return staff;
}

async function requireServicesAt(tx: DbClient, locationId: string, serviceIds: readonly string[]): Promise<string[]> {
  const unique = [...new Set(serviceIds)];
  const found = await tx.service.count({ where: { id: { in: unique }, locationId } });
  if (found !== unique.length) {
    throw new AppError("VALIDATION", "One of the chosen services no longer exists.", {
      fieldErrors: { serviceIds: ["Choose services from the list."] },
    });
  }
  return unique;
}
