import "server-only";
import { assertCan } from "@/lib/auth/assert-can";
import type { Actor } from "@/lib/auth/policy";
import { db } from "@/lib/db/client";
import { requireSpaLocation } from "@/lib/location/queries";
import { describeAuditDetails, type AuditContext } from "./describe";
import type { AuditFilter } from "./schema";

export const AUDIT_PAGE_SIZE = 50;

export type AuditItem = {
  id: string;
  createdAt: string;
  actorName: string | null;
  action: string;
  entityType: string;
  entityId: string;
  /** The details as lines a person reads (./describe.ts); the raw JSON never leaves the server. */
  changes: string[];
};

/**
 * Newest first, filtered by action and/or entity, one page at a time (`before` = the last row's
 * time). The (action|entity, created_at) indexes keep each filter an index scan.
 */
export async function listAuditEvents(actor: Actor, filter: AuditFilter): Promise<AuditItem[]> {
  assertCan(actor, "admin:view-audit");
  const rows = await db.auditEvent.findMany({
    where: {
      ...(filter.action ? { action: filter.action } : {}),
      ...(filter.entityId ? { entityId: filter.entityId } : {}),
      ...(filter.before ? { createdAt: { lt: new Date(filter.before) } } : {}),
    },
    orderBy: { createdAt: "desc" },
    take: AUDIT_PAGE_SIZE,
    select: { id: true, createdAt: true, action: true, entityType: true, entityId: true, details: true, actor: { select: { name: true } } },
  });
  const context = await loadAuditContext(rows.map((row) => row.details));
  return rows.map(({ actor: who, createdAt, details, ...row }) => ({
    ...row,
    createdAt: createdAt.toISOString(),
    actorName: who?.name ?? null,
    changes: describeAuditDetails(row.action, details, context),
  }));
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function collectIds(value: unknown, into: Set<string>): Set<string> {
  if (typeof value === "string" && UUID.test(value)) into.add(value.toLowerCase());
  else if (Array.isArray(value)) for (const item of value) collectIds(item, into);
  else if (typeof value === "object" && value !== null) for (const item of Object.values(value)) collectIds(item, into);
  return into;
}

/** The spa's zone and currency, and the names of the estheticians, services, rooms and people the entries refer to by id. */
async function loadAuditContext(details: unknown[]): Promise<AuditContext> {
  const ids = [...collectIds(details, new Set())];
  const location = await requireSpaLocation();
  const byId = { where: { id: { in: ids } } };
  const [service, staff, services, resources, people] = await Promise.all([
    db.service.findFirst({ where: { locationId: location.id }, select: { currency: true }, orderBy: { createdAt: "asc" } }),
    ids.length ? db.staffProfile.findMany({ ...byId, select: { id: true, displayName: true } }) : [],
    ids.length ? db.service.findMany({ ...byId, select: { id: true, name: true } }) : [],
    ids.length ? db.resource.findMany({ ...byId, select: { id: true, name: true } }) : [],
    ids.length ? db.user.findMany({ ...byId, select: { id: true, name: true } }) : [],
  ]);
  const names = new Map<string, string>([
    ...people.map((p) => [p.id, p.name] as const),
    ...resources.map((r) => [r.id, r.name] as const),
    ...services.map((s) => [s.id, s.name] as const),
    ...staff.map((s) => [s.id, s.displayName] as const),
  ]);
  return { timeZone: location.timeZone, currency: service?.currency ?? "USD", names };
}

/** The distinct actions recorded so far, for the filter's choices. */
export async function listAuditActions(actor: Actor): Promise<string[]> {
  assertCan(actor, "admin:view-audit");
  const rows = await db.auditEvent.findMany({ distinct: ["action"], select: { action: true }, orderBy: { action: "asc" } });
  return rows.map((r) => r.action);
}
