import "server-only";
import { recordAudit, type AuditTx } from "@/lib/audit/record";

/**
 * Every read and write of an intake leaves an audit entry (issue 4: health answers are
 * sensitive). The entity is the submission read or written, or the client for drafts and reads
 * that found nothing.
 */
export async function auditIntake(
  tx: AuditTx,
  actorId: string,
  entry: { action: `intake.${string}`; entityType: "intake_submission" | "intake_draft" | "client"; entityId: string; details?: Record<string, unknown> },
): Promise<void> {
  await recordAudit(tx, { userId: actorId }, entry);
}
