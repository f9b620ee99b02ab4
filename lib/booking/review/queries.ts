import "server-only";
import type { Until } from "@/lib/contraindications";
import type { StoredReviewReason } from "./recheck";

/** An appointment's open review, as pages show it ("needs review", with why and until when). */
export interface OpenReview {
  id: string;
  trigger: "INTAKE" | "RESCHEDULE" | "MOVE";
  raisedAt: Date;
  blockedUntil: Until;
  reasons: StoredReviewReason[];
}

export const openReviewSelect = { id: true, trigger: true, raisedAt: true, blockedUntil: true, reasons: true } as const;

type Row = { id: string; trigger: OpenReview["trigger"]; raisedAt: Date; blockedUntil: string; reasons: unknown };

export function toOpenReview(rows: readonly Row[]): OpenReview | null {
  const row = rows[0];
  if (!row) return null;
  return { ...row, blockedUntil: row.blockedUntil as Until, reasons: (row.reasons as StoredReviewReason[]) ?? [] };
}
