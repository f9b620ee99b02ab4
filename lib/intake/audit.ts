import "server-only";
import type { DbClient } from "@/lib/db/client";
import { recordAudit } from "@/lib/audit/record";

/**
 * Every read and write of an intake leaves an audit entry (issue 4: health answers are
 * sensitive). The entity is the submission read or written, or the client for drafts and reads
 * that found nothing.
 */
export async function auditIntake(
  tx: DbClient,
  actorId: string,
  entry: {
    action: `intake.${string}`;
    entityType: "intake_submission" | "intake_draft" | "client";
    entityId: string;
    details?: Record<string, unknown>;
  },
): Promise<void> {
  await recordAudit(tx, { userId: actorId }, entry);
}
