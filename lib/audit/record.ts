import "server-only";
import type { Actor } from "@/lib/auth/policy";
import type { DbClient, JsonInput } from "@/lib/db/client";
import type { AuditEntityType } from "./schema";

export type AuditEntry = {
  /** Verb in `entity.verb` form, e.g. `staff.create`, `hours.replace`, `appointment.cancel`. */
  action: string;
  entityType: AuditEntityType;
  entityId: string;
  /** What changed (before/after, reason); never secrets such as passwords. */
  details?: Record<string, unknown>;
};

/** The actor of what the background jobs do on their own (the retention purge): no person. */
export const SYSTEM = "system" as const;
type SYSTEM = typeof SYSTEM;

/**
 * Records one audit event inside the caller's transaction, so a change and its audit entry are
 * written together or not at all. Every admin command that affects the schedule calls this.
 */
export async function recordAudit(tx: DbClient, actor: Pick<Actor, "userId"> | SYSTEM, entry: AuditEntry): Promise<void> {
  await tx.auditEvent.create({
    data: {
      actorId: actor === SYSTEM ? null : actor.userId,
      action: entry.action,
      entityType: entry.entityType,
      entityId: entry.entityId,
      details: toJson(entry.details ?? {}),
    },
  });
}

// Dates become ISO strings and undefined keys disappear, as JSON would store them anyway.
function toJson(details: Record<string, unknown>): JsonInput {
  return JSON.parse(JSON.stringify(details)) as JsonInput;
}
