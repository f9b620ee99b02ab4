import "server-only";
import { getLocalDate, localDateFromDbDate, type LocalDate } from "@/lib/dates/local-date";
import type { DbClient } from "@/lib/db/client";
import { loadValidMonths, validityOf } from "./store";

/**
 * Whether a visit has the intake it needs. Reads only the DATE of the client's latest submission,
 * never its answers: it is not a chart read, writes no audit entry, and nothing about the client's
 * health can reach a page or message through it. Callers have authorised the reader; pass the
 * transaction when the answer must agree with what that transaction writes (a booking, a message).
 */
export type IntakeStatus =
  | { state: "not-required" }
  | { state: "missing" }
  | { state: "expired"; submittedOn: LocalDate; expiresOn: LocalDate }
  | { state: "current"; submittedOn: LocalDate; expiresOn: LocalDate };

export type IntakeState = IntakeStatus["state"];

export type VisitNeedingIntake = {
  clientId: string;
  startsAt: Date;
  service: { requiresIntake: boolean };
  location: { id: string; timeZone: string };
};

/** The intake status of one visit, measured to the visit's date in the spa's zone with its validity. */
export async function intakeStatusFor(client: DbClient, visit: VisitNeedingIntake): Promise<IntakeStatus> {
  if (!visit.service.requiresIntake) return { state: "not-required" };
  const latest = await client.intakeSubmission.findFirst({
    where: { clientId: visit.clientId },
    orderBy: [{ submittedAt: "desc" }, { id: "desc" }],
    select: { submittedOn: true },
  });
  if (!latest) return { state: "missing" };
  return intakeStatusOf(visit, localDateFromDbDate(latest.submittedOn), await loadValidMonths(client, visit.location.id));
}

/**
 * The same answer from facts already read: the date of the client's latest submission (null: none)
 * and the location's validity in months (an appointment's mail reads both in its one statement).
 */
export function intakeStatusOf(visit: VisitNeedingIntake, latestSubmittedOn: LocalDate | null, validMonths: number): IntakeStatus {
  if (!visit.service.requiresIntake) return { state: "not-required" };
  if (!latestSubmittedOn) return { state: "missing" };
  const validity = validityOf(latestSubmittedOn, getLocalDate(visit.startsAt, visit.location.timeZone), validMonths);
  return { state: validity.isCurrent ? "current" : "expired", submittedOn: validity.submittedOn, expiresOn: validity.expiresOn };
}

/**
 * The same answer for a list of visits (a schedule, a calendar) with one query: returns a lookup
 * from a client and a visit date to the state. Visits whose service needs no intake are the
 * caller's to mark "not-required".
 */
export async function intakeStatesFor(
  client: DbClient,
  options: { clientIds: string[]; locationId: string },
): Promise<(clientId: string, visitDate: LocalDate) => Exclude<IntakeState, "not-required">> {
  const latest = await client.intakeSubmission.groupBy({
    by: ["clientId"],
    where: { clientId: { in: options.clientIds } },
    _max: { submittedOn: true },
  });
  const validMonths = await loadValidMonths(client, options.locationId);
  const submittedOn = new Map(latest.map((row) => [row.clientId, row._max.submittedOn]));
  return (clientId, visitDate) => {
    const date = submittedOn.get(clientId);
    if (!date) return "missing";
    return validityOf(localDateFromDbDate(date), visitDate, validMonths).isCurrent ? "current" : "expired";
  };
}
