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
