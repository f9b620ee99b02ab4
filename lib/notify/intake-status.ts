import type { DbClient } from "@/lib/db/client";
import { DEFAULT_INTAKE_VALID_MONTHS, isIntakeCurrent } from "@/lib/intake/validity";
import { getLocalDate } from "@/lib/dates/local-date";
import type { IntakeNeed } from "./schedule";

export type IntakeNeedInput = {
  required: boolean;
  clientId: string;
  locationId: string;
  startsAt: Date;
  timeZone: string;
};

/**
 * Whether the visit still needs an intake, measured to the visit's date in the spa's zone with
 * the location's validity (as lib/intake's intakeStatusFor does). It runs on the caller's
 * transaction client — the booking's, or the worker's own — so it reads through lib/intake's
 * pure rules rather than its queries (which use the app's shared client). Like intakeStatusFor it
 * reads only the date of the latest submission, never its answers: no chart read, no audit entry,
 * and nothing about the client's health can reach a message.
 */
export async function loadIntakeNeed(tx: DbClient, input: IntakeNeedInput): Promise<IntakeNeed> {
  if (!input.required) return "not-required";
  const latest = await tx.intakeSubmission.findFirst({
    where: { clientId: input.clientId },
    orderBy: [{ submittedAt: "desc" }, { id: "desc" }],
    select: { submittedOn: true },
  });
  if (!latest) return "missing";
  const policy = await tx.intakePolicy.findUnique({ where: { locationId: input.locationId }, select: { validMonths: true } });
  // A Postgres DATE arrives as UTC midnight: its UTC fields are the calendar date.
  const submittedOn = latest.submittedOn.toISOString().slice(0, 10);
  const visitDate = getLocalDate(input.startsAt, input.timeZone);
  return isIntakeCurrent(submittedOn, visitDate, policy?.validMonths ?? DEFAULT_INTAKE_VALID_MONTHS) ? "current" : "expired";
}
