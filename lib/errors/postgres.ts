/**
 * PostgreSQL errors, recognised in one place. Prisma raises them through the pg adapter with the
 * SQLSTATE at `meta.driverAdapterError.cause.originalCode`; raw pg errors carry it as `code`.
 */

/** SQLSTATEs the app answers with a meaningful conflict instead of a 500. */
export const SQLSTATE = {
  uniqueViolation: "23505",
  exclusionViolation: "23P01",
  /** Raised by our immutability triggers (signed notes, intake submissions, audit trails). */
  lockedRecord: "55000",
} as const;

/** The SQLSTATE of a database error, wherever the driver put it; undefined for anything else. */
export function postgresCode(error: unknown): string | undefined {
  if (!error || typeof error !== "object") return undefined;
  const candidate = error as {
    code?: unknown;
    meta?: { driverAdapterError?: { cause?: { originalCode?: unknown } } };
    cause?: unknown;
  };
  const adapterCode = candidate.meta?.driverAdapterError?.cause?.originalCode;
  if (typeof adapterCode === "string") return adapterCode;
  if (typeof candidate.code === "string" && /^[0-9A-Z]{5}$/.test(candidate.code)) return candidate.code;
  return candidate.cause ? postgresCode(candidate.cause) : undefined;
}

/** A duplicate refused by a unique index (Prisma's own P2002, or 23505 through the adapter). */
export function isUniqueViolation(error: unknown): boolean {
  return (error as { code?: unknown } | null)?.code === "P2002" || postgresCode(error) === SQLSTATE.uniqueViolation;
}

/** Two active appointments (or holds) refused by an exclusion constraint: the time was just taken. */
export function isExclusionViolation(error: unknown): boolean {
  return postgresCode(error) === SQLSTATE.exclusionViolation;
}

/** A write refused by an immutability trigger: the record is signed or submitted and locked. */
export function isLockedRecordViolation(error: unknown): boolean {
  return postgresCode(error) === SQLSTATE.lockedRecord;
}

/**
 * The constraint a database error names (an exclusion or unique violation), wherever the driver put
 * it: pg's `constraint`, or the message through Prisma's adapter. Undefined when none is named.
 */
export function violatedConstraint(error: unknown): string | undefined {
  if (!error || typeof error !== "object") return undefined;
  const candidate = error as {
    constraint?: unknown;
    message?: unknown;
    meta?: { driverAdapterError?: { cause?: { constraint?: unknown; originalMessage?: unknown } } };
    cause?: unknown;
  };
  const adapter = candidate.meta?.driverAdapterError?.cause;
  for (const named of [candidate.constraint, adapter?.constraint]) if (typeof named === "string") return named;
  for (const text of [adapter?.originalMessage, candidate.message]) {
    const match = typeof text === "string" ? /constraint "([^"]+)"/.exec(text) : null;
    if (match) return match[1];
  }
  return candidate.cause ? violatedConstraint(candidate.cause) : undefined;
}

/** The constraint that keeps a client from holding two overlapping appointments (docs/decisions/0028). */
export const CLIENT_OVERLAP_CONSTRAINT = "appointment_no_client_overlap";

/** Two of one client's appointments would overlap: not a lost race for the time, a clash for the person. */
export function isClientOverlapViolation(error: unknown): boolean {
  return isExclusionViolation(error) && violatedConstraint(error) === CLIENT_OVERLAP_CONSTRAINT;
}
