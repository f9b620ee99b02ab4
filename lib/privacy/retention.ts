/**
 * How long an erased client's clinical records are kept (docs/decisions/0029), pure. The clock
 * starts at the last thing that happened in their care: the last visit, or a later clinical record
 * (an intake signed after it, a note signed late); with neither, the erasure itself. The period is
 * whole calendar years from there, and a record is purged only once that moment has passed.
 */

/** The retention period when the spa set none: 7 years after the last visit (issue 14). */
export const DEFAULT_CLINICAL_RETENTION_YEARS = 7;
export const MIN_CLINICAL_RETENTION_YEARS = 1;
export const MAX_CLINICAL_RETENTION_YEARS = 30;

export type RetentionFacts = {
  erasedAt: Date;
  lastVisitAt: Date | null;
  /** The latest signed intake, note or amendment, photo or consent of the client. */
  lastClinicalRecordAt: Date | null;
};

/** The moment the retention period starts counting. */
export function retentionStartsAt(facts: RetentionFacts): Date {
  const candidates = [facts.lastVisitAt, facts.lastClinicalRecordAt].filter((date): date is Date => date !== null);
  if (candidates.length === 0) return facts.erasedAt;
  return new Date(Math.max(...candidates.map((date) => date.getTime())));
}

/**
 * `years` calendar years after `from`, in UTC. 29 February moves to 1 March in a year without one,
 * so the period is never shorter than the years it names.
 */
export function addYears(from: Date, years: number): Date {
  const result = new Date(from.getTime());
  result.setUTCFullYear(from.getUTCFullYear() + years);
  return result;
}

/** When the clinical records may be deleted. */
export function retentionEndsAt(facts: RetentionFacts, years: number): Date {
  return addYears(retentionStartsAt(facts), years);
}

/** Whether the period is over at `now` (the end itself still counts as kept). */
export function isPastRetention(facts: RetentionFacts, years: number, now: Date): boolean {
  return now.getTime() > retentionEndsAt(facts, years).getTime();
}
