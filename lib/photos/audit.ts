import "server-only";
import { recordAudit } from "@/lib/audit/record";
import type { Actor } from "@/lib/auth/policy";
import type { DbClient } from "@/lib/db/client";

/** Every view, download, export, addition and deletion of a photo leaves an entry (issue 15). */
export async function auditPhoto(
  tx: DbClient,
  actor: Actor,
  entry: { action: `photo.${string}`; photoId: string; appointmentId: string; details?: Record<string, unknown> },
): Promise<void> {
  await recordAudit(tx, actor, {
    action: entry.action,
    entityType: "clinical_photo",
    entityId: entry.photoId,
    details: { appointmentId: entry.appointmentId, ...entry.details },
  });
}
