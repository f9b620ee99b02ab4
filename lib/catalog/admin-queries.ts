import "server-only";
import { assertCan } from "@/lib/auth/assert-can";
import type { Actor } from "@/lib/auth/policy";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import type { ServiceInput } from "./schema";

/** One service as the edit form's values (price as text, like the form). */
export async function getServiceForEdit(
  actor: Actor,
  serviceId: string,
): Promise<{ id: string; appointmentCount: number; values: ServiceInput }> {
  assertCan(actor, "admin:view-services");
  const s = await db.service.findUnique({
    where: { id: serviceId },
    include: { resourceRequirements: { select: { kind: true, quantity: true } }, _count: { select: { appointments: true } } },
  });
  if (!s) throw new AppError("NOT_FOUND", "That service was not found.");
  const price = (s.priceCents / 100).toFixed(2);
  return {
    id: s.id,
    appointmentCount: s._count.appointments,
    values: {
      name: s.name,
      description: s.description,
      durationMinutes: s.durationMinutes,
      bufferBeforeMinutes: s.bufferBeforeMinutes,
      bufferAfterMinutes: s.bufferAfterMinutes,
      price,
      steps: s.steps,
      resources: s.resourceRequirements,
      requiresIntake: s.requiresIntake,
      active: s.active,
    },
  };
}

export type ResourceItem = { id: string; name: string; kind: string; active: boolean };

export async function listResources(actor: Actor): Promise<ResourceItem[]> {
  assertCan(actor, "admin:view-services");
  return db.resource.findMany({ orderBy: [{ kind: "asc" }, { name: "asc" }], select: { id: true, name: true, kind: true, active: true } });
}
