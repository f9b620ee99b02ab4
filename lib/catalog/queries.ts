import "server-only";
import type { Actor } from "@/lib/auth/policy";
import { assertCan } from "@/lib/auth/assert-can";
import { db } from "@/lib/db/client";

/** The public catalogue: anyone may read it, so these queries take no actor. */
export type ServiceSummary = {
  id: string;
  slug: string;
  name: string;
  description: string;
  durationMinutes: number;
  priceCents: number;
  currency: string;
};

export async function listActiveServices(): Promise<ServiceSummary[]> {
  return db.service.findMany({
    where: { active: true },
    orderBy: [{ sortOrder: "asc" }, { name: "asc" }],
    select: serviceSummarySelect,
  });
}

export const serviceSummarySelect = {
  id: true,
  slug: true,
  name: true,
  description: true,
  durationMinutes: true,
  priceCents: true,
  currency: true,
} as const;

export type AdminServiceItem = ServiceSummary & {
  active: boolean;
  bufferBeforeMinutes: number;
  bufferAfterMinutes: number;
  requiresIntake: boolean;
  staffCount: number;
};

/** Every service, archived ones included, for the admin's overview. */
export async function listServicesForAdmin(actor: Actor): Promise<AdminServiceItem[]> {
  assertCan(actor, "admin:view-services");
  const services = await db.service.findMany({
    orderBy: [{ active: "desc" }, { sortOrder: "asc" }, { name: "asc" }],
    select: {
      ...serviceSummarySelect,
      active: true,
      bufferBeforeMinutes: true,
      bufferAfterMinutes: true,
      requiresIntake: true,
      _count: { select: { staff: true } },
    },
  });
  return services.map(({ _count, ...service }) => ({ ...service, staffCount: _count.staff }));
}
