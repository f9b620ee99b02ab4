import "server-only";
import { recordAudit } from "@/lib/audit/record";
import { assertCan } from "@/lib/auth/assert-can";
import type { Actor } from "@/lib/auth/policy";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import type { ResourceInput } from "./schema";
import { requireSpaLocation } from "@/lib/location/queries";
import { isUniqueViolation } from "@/lib/errors/postgres";
import { recordScheduleChange } from "@/lib/schedule-feed/record";

export async function createResource(actor: Actor, input: ResourceInput, options: { locationId?: string } = {}) {
  assertCan(actor, "admin:manage-services");
  const locationId = options.locationId ?? (await requireSpaLocation()).id;
  try {
    return await db.$transaction(async (tx) => {
      const resource = await tx.resource.create({ data: { ...input, locationId }, select: { id: true } });
      await recordScheduleChange(tx, { locationId, kind: "resource.changed" });
      await recordAudit(tx, actor, { action: "resource.create", entityType: "resource", entityId: resource.id, details: { ...input } });
      return resource;
    });
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    throw new AppError("CONFLICT", "A resource with this name already exists.", {
      fieldErrors: { name: ["A resource with this name already exists."] },
    });
  }
}

/**
 * Takes a room or device out of use (or back). Refused while upcoming appointments hold it, with
 * their count: moving those first keeps every booked visit supplied with what it needs.
 */
export async function setResourceActive(actor: Actor, input: { resourceId: string; active: boolean }, now = new Date()) {
  assertCan(actor, "admin:manage-services");
  return db.$transaction(async (tx) => {
    const locked = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM resource WHERE id = ${input.resourceId}::uuid FOR UPDATE`;
    if (locked.length === 0) throw new AppError("NOT_FOUND", "That resource was not found.");
    if (!input.active) {
      const held = await tx.appointmentResource.count({
        where: { resourceId: input.resourceId, occupying: true, blockedUntil: { gt: now } },
      });
      if (held > 0) {
        throw new AppError(
          "CONFLICT",
          `${held} upcoming appointment${held === 1 ? " holds" : "s hold"} this resource. Move or cancel them first.`,
          { data: { count: held } },
        );
      }
    }
    const { locationId } = await tx.resource.update({
      where: { id: input.resourceId },
      data: { active: input.active },
      select: { locationId: true },
    });
    await recordScheduleChange(tx, { locationId, kind: "resource.changed" });
    await recordAudit(tx, actor, {
      action: input.active ? "resource.activate" : "resource.deactivate",
      entityType: "resource",
      entityId: input.resourceId,
    });
    return { id: input.resourceId, active: input.active };
  });
}
