import "server-only";
import { randomUUID } from "node:crypto";
import { recordAudit } from "@/lib/audit/record";
import { assertCan } from "@/lib/auth/assert-can";
import type { Actor } from "@/lib/auth/policy";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import { toPriceCents, type ServiceData, type UpdateServiceData } from "./schema";
import { requireSpaLocation } from "@/lib/location/queries";
import { isUniqueViolation } from "@/lib/errors/postgres";

function toColumns(input: ServiceData) {
  const { price, resources: _resources, ...rest } = input;
  return { ...rest, priceCents: toPriceCents(price) };
}

function slugify(name: string): string {
  return (
    name
      .toLowerCase()
      .normalize("NFKD")
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-|-$/g, "")
      .slice(0, 60) || "service"
  );
}

/**
 * Adds a service. Its slug (the public URL) comes from the name; a clash gets a short suffix.
 * Changing duration or buffers later never moves existing bookings (their blocked range is stored).
 */
export async function createService(actor: Actor, input: ServiceData, options: { locationId?: string } = {}) {
  assertCan(actor, "admin:manage-services");
  const locationId = options.locationId ?? (await requireSpaLocation()).id;
  const base = slugify(input.name);
  for (const slug of [base, `${base}-${randomUUID().slice(0, 6)}`]) {
    try {
      return await db.$transaction(async (tx) => {
        const service = await tx.service.create({
          data: { ...toColumns(input), slug, locationId, resourceRequirements: { create: input.resources } },
          select: { id: true, slug: true },
        });
        await recordAudit(tx, actor, { action: "service.create", entityType: "service", entityId: service.id, details: { ...input } });
        return service;
      });
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
    }
  }
  throw new AppError("CONFLICT", "A service with a similar name already exists. Choose another name.", {
    fieldErrors: { name: ["Choose another name."] },
  });
}

export async function updateService(actor: Actor, input: UpdateServiceData) {
  assertCan(actor, "admin:manage-services");
  return db.$transaction(async (tx) => {
    const before = await tx.service.findUnique({ where: { id: input.serviceId }, include: { resourceRequirements: true } });
    if (!before) throw new AppError("NOT_FOUND", "That service was not found.");
    await tx.serviceResourceRequirement.deleteMany({ where: { serviceId: before.id } });
    await tx.service.update({
      where: { id: before.id },
      data: { ...toColumns(input.service), resourceRequirements: { create: input.service.resources } },
    });
    const { createdAt: _c, updatedAt: _u, ...snapshot } = before;
    await recordAudit(tx, actor, {
      action: "service.update",
      entityType: "service",
      entityId: before.id,
      details: { before: snapshot, after: input.service },
    });
    return { id: before.id };
  });
}

/**
 * Removes a service nobody ever booked; one with appointments (past or future) is archived instead,
 * so history, reports and charts keep pointing at it. Archived services are not bookable.
 */
export async function deleteOrArchiveService(actor: Actor, input: { serviceId: string }) {
  assertCan(actor, "admin:manage-services");
  return db.$transaction(async (tx) => {
    const service = await tx.service.findUnique({
      where: { id: input.serviceId },
      select: { id: true, name: true, _count: { select: { appointments: true } } },
    });
    if (!service) throw new AppError("NOT_FOUND", "That service was not found.");
    const outcome = service._count.appointments > 0 ? ("archived" as const) : ("deleted" as const);
    if (outcome === "archived") await tx.service.update({ where: { id: service.id }, data: { active: false } });
    else await tx.service.delete({ where: { id: service.id } });
    await recordAudit(tx, actor, {
      action: `service.${outcome === "archived" ? "archive" : "delete"}`,
      entityType: "service",
      entityId: service.id,
      details: { name: service.name },
    });
    return { outcome };
  });
}
