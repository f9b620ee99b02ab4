import { SEVERITIES, type ContraindicationFlag, type Severity } from "./types";

/**
 * What the front desk may know of a client's flags: each severity with its client-facing
 * sentence (the words the client would be told), never the staff reason or the answer behind it.
 * Most serious first, each sentence once.
 */
export type DeskFlag = { severity: Severity; message: string };

export function deskFlagSummary(flags: readonly ContraindicationFlag[]): DeskFlag[] {
  const seen = new Set<string>();
  const summary: DeskFlag[] = [];
  for (const severity of SEVERITIES) {
    for (const flag of flags) {
      if (flag.severity !== severity || seen.has(flag.clientMessage)) continue;
      seen.add(flag.clientMessage);
      summary.push({ severity, message: flag.clientMessage });
    }
  }
  return summary;
}

/** The most serious severity among the flags, or null without any (a calendar badge). */
export function topSeverity(flags: readonly Pick<ContraindicationFlag, "severity">[]): Severity | null {
  for (const severity of SEVERITIES) if (flags.some((flag) => flag.severity === severity)) return severity;
  return null;
}

export const SEVERITY_LABELS: Record<Severity, string> = {
  BLOCK: "Block",
  CLEARANCE: "Clearance needed",
  PATCH_TEST: "Patch test first",
  CAUTION: "Caution",
};
