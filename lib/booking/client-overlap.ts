import "server-only";
import { sql, type DbClient, type Sql } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";

/**
 * The client's other active appointments that overlap [startsAt, endsAt), read in the booking's
 * transaction: one statement (it runs while the day's booking lock is held).
 */
export async function findClientOverlaps(tx: DbClient, clientId: string, range: { startsAt: Date; endsAt: Date }) {
  return tx.$queryRaw<{ id: string; startsAt: Date; serviceName: string }[]>`
    SELECT a.id, a.starts_at AS "startsAt", s.name AS "serviceName"
    FROM appointment a JOIN service s ON s.id = a.service_id
    WHERE ${clientOverlapOf(clientId, range)}
    ORDER BY a.starts_at
    LIMIT 5`;
}

/** The condition on `appointment a` for the client's active visits overlapping [startsAt, endsAt). */
export function clientOverlapOf(clientId: string, range: { startsAt: Date; endsAt: Date }): Sql {
  return sql`a.client_id = ${clientId}::uuid
    AND a.status NOT IN ('CANCELLED', 'LATE_CANCELLED')
    AND a.starts_at < ${range.endsAt} AND a.ends_at > ${range.startsAt}`;
}

/**
 * A client cannot be in two visits at once (docs/decisions/0028). Online that is the end of it; the
 * desk may book it anyway with a reason (a parent and child on one booking, a package visit).
 */
export function clientOverlapError(byStaff: boolean, overlapping: { id: string; serviceName: string; when: string }[]): AppError {
  const message = byStaff
    ? "This client already has an appointment at that time. To book both, give the reason (it is kept in the audit log)."
    : "You already have an appointment at that time. Choose another time, or change that visit first.";
  return new AppError("CONFLICT", message, {
    data: { reason: "CLIENT_OVERLAP", requiresOverlapReason: byStaff, overlapping },
  });
}
