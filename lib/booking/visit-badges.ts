import "server-only";
import { evaluateContraindications, topSeverity, type Severity, type TreatmentStep } from "@/lib/contraindications";
import type { DbClient } from "@/lib/db/client";
import { getLocalDate } from "@/lib/dates/local-date";
import type { IntakeState } from "@/lib/intake/status";
import { loadLatestSubmissions, loadValidMonths, validityOf } from "@/lib/intake/store";

export type VisitBadges = {
  intake: IntakeState;
  /** The most serious flag the client's latest intake raises for this visit (expired intakes too). */
  flag: Severity | null;
};

export type BadgedVisit = {
  id: string;
  clientId: string;
  startsAt: Date;
  service: { requiresIntake: boolean; steps: readonly TreatmentStep[] };
};

/**
 * The calendar's badges for many visits in two queries: intake missing / expired / current, and
 * the top severity of the flags for each visit's service and date. The answers are read on the
 * server and only the severity leaves it, so this is not a chart read (no audit entry); the
 * chart itself, with reasons, stays behind chart:view.
 */
export async function loadVisitBadges(
  client: DbClient,
  visits: readonly BadgedVisit[],
  location: { id: string; timeZone: string },
): Promise<Map<string, VisitBadges>> {
  const [latest, validMonths] = await Promise.all([
    loadLatestSubmissions(
      client,
      visits.map((visit) => visit.clientId),
    ),
    loadValidMonths(client, location.id),
  ]);
  const badges = new Map<string, VisitBadges>();
  for (const visit of visits) {
    const submission = latest.get(visit.clientId);
    const visitDate = getLocalDate(visit.startsAt, location.timeZone);
    const flags = submission ? evaluateContraindications({ intake: submission.answers, steps: visit.service.steps, visitDate }).flags : [];
    const intake: IntakeState = !visit.service.requiresIntake
      ? "not-required"
      : !submission
        ? "missing"
        : validityOf(submission.submittedOn, visitDate, validMonths).isCurrent
          ? "current"
          : "expired";
    badges.set(visit.id, { intake, flag: topSeverity(flags) });
  }
  return badges;
}
