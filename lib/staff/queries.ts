import "server-only";
import type { Actor } from "@/lib/auth/policy";
import { assertCan } from "@/lib/auth/assert-can";
import { serviceSummarySelect, type ServiceSummary } from "@/lib/catalog/queries";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";

export type WeeklyRange = { weekday: number; startMinute: number; endMinute: number };
export type OwnWork = { displayName: string; services: ServiceSummary[]; weeklyHours: WeeklyRange[] };

/** The signed-in esthetician's services and weekly hours. Scoped by the actor's own user id. */
export async function getOwnWork(actor: Actor): Promise<OwnWork> {
  assertCan(actor, "staff:view-own-services");
  const profile = await db.staffProfile.findUnique({
    where: { userId: actor.userId },
    select: {
      displayName: true,
      services: { where: { service: { active: true } }, select: { service: { select: serviceSummarySelect } } },
      workingHours: { select: { weekday: true, startMinute: true, endMinute: true } },
    },
  });
  if (!profile) throw new AppError("NOT_FOUND", "No staff profile is linked to your account. Ask an admin to set one up.");
  return {
    displayName: profile.displayName,
    services: profile.services.map((link) => link.service).sort((a, b) => a.name.localeCompare(b.name)),
    weeklyHours: [...profile.workingHours].sort((a, b) => a.weekday - b.weekday || a.startMinute - b.startMinute),
  };
}

export type StaffListItem = {
  id: string;
  displayName: string;
  email: string;
  active: boolean;
  serviceCount: number;
  weeklyMinutes: number;
};

export async function listStaff(actor: Actor): Promise<StaffListItem[]> {
  assertCan(actor, "admin:view-staff");
  const staff = await db.staffProfile.findMany({
    orderBy: { displayName: "asc" },
    select: {
      id: true,
      displayName: true,
      active: true,
      user: { select: { email: true } },
      _count: { select: { services: true } },
      workingHours: { select: { startMinute: true, endMinute: true } },
    },
  });
  return staff.map((member) => ({
    id: member.id,
    displayName: member.displayName,
    email: member.user.email ?? "",
    active: member.active,
    serviceCount: member._count.services,
    weeklyMinutes: member.workingHours.reduce((sum, range) => sum + range.endMinute - range.startMinute, 0),
  }));
}
