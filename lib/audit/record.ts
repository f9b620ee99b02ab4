import "server-only";
import type { Actor } from "@/lib/auth/policy";
import type { DbClient } from "@/lib/db/client";
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
  // Dates become ISO strings and undefined keys disappear, as JSON would store them anyway. SQL, not
  // Prisma's create, which cost about twice the server CPU for the same row (docs/decisions/0044);
  // created_at is the moment of the insert (the database's clock; Prisma stamped the app's).
  await tx.$executeRaw`
    INSERT INTO audit_event (actor_id, action, entity_type, entity_id, details, created_at)
    VALUES (${actor === SYSTEM ? null : actor.userId}::uuid, ${entry.action}, ${entry.entityType}, ${entry.entityId},
            ${JSON.stringify(entry.details ?? {})}::jsonb, clock_timestamp())`;
}
