import "server-only";
import { assertCan } from "@/lib/auth/assert-can";
import type { Actor } from "@/lib/auth/policy";
import { db } from "@/lib/db/client";
import type { AuditFilter } from "./schema";

export const AUDIT_PAGE_SIZE = 50;

export type AuditItem = {
  id: string;
  createdAt: string;
  actorName: string | null;
  action: string;
  entityType: string;
  entityId: string;
  details: unknown;
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
  return rows.map(({ actor: who, createdAt, ...row }) => ({ ...row, createdAt: createdAt.toISOString(), actorName: who?.name ?? null }));
}

/** The distinct actions recorded so far, for the filter's choices. */
export async function listAuditActions(actor: Actor): Promise<string[]> {
  assertCan(actor, "admin:view-audit");
  const rows = await db.auditEvent.findMany({ distinct: ["action"], select: { action: true }, orderBy: { action: "asc" } });
  return rows.map((r) => r.action);
}
