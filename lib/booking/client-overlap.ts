import "server-only";
import type { DbClient } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";

/** The client's other active appointments that overlap [startsAt, endsAt), read in the booking's transaction. */
export async function findClientOverlaps(tx: DbClient, clientId: string, range: { startsAt: Date; endsAt: Date }) {
  const visits = await tx.appointment.findMany({
    where: {
      clientId,
      status: { notIn: ["CANCELLED", "LATE_CANCELLED"] },
      startsAt: { lt: range.endsAt },
      endsAt: { gt: range.startsAt },
    },
    select: { id: true, startsAt: true, service: { select: { name: true } } },
    orderBy: { startsAt: "asc" },
    take: 5,
  });
  return visits.map((visit) => ({ id: visit.id, startsAt: visit.startsAt, serviceName: visit.service.name }));
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
